// ModelPanel: controls generated from the parameter table, grouped picker,
// values emitted on every change, list fields validated with parseList.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

#include "tests/widgets/fake_models.h"
#include "widgets/model_panel.h"
#include "widgets/param_control.h"

using namespace supex;

class TestModelPanel : public QObject {
  Q_OBJECT

 private slots:
  void pickerGroupsModelsByTask() {
    ModelPanel panel(fake::fakeModels());
    QStringList rows;
    for (int i = 0; i < panel.picker()->count(); ++i) rows << panel.picker()->itemText(i).trimmed();
    // The two-task model appears under both headers.
    QCOMPARE(rows, (QStringList{"Classification", "Nearest centroid", "Both tasks", "Regression", "Straight line",
                                "Both tasks"}));
    auto* items = qobject_cast<QStandardItemModel*>(panel.picker()->model());
    QVERIFY(!(items->item(0)->flags() & Qt::ItemIsEnabled));  // headers cannot be picked
    QCOMPARE(panel.currentModel()->id, std::string("centroid"));
  }

  void controlsFollowTheSpecs() {
    ModelPanel panel(fake::fakeModels());
    ParamControl* s = panel.control("s");
    QVERIFY(s && s->slider() && s->realBox() && !s->infBox());
    QCOMPARE(s->toolTip(), QString("p_k ∝ exp(−s‖x−μ_k‖²/2)"));
    QVERIFY(panel.control("slow_ms")->intBox());
    QVERIFY(panel.control("fail")->flagBox());
    QVERIFY(panel.control("metric")->comboBox());
    QVERIFY(panel.control("hidden")->listEdit());
    QVERIFY(panel.control("p")->infBox());
    // Defaults come from the struct's initialisers, through the table.
    const ParamValues v = panel.values();
    QCOMPARE(v.at("s"), std::string("1"));
    QCOMPARE(v.at("slow_ms"), std::string("0"));
    QCOMPARE(v.at("fail"), std::string("false"));
    QCOMPARE(v.at("hidden"), std::string("8,8"));
    QCOMPARE(v.at("metric"), std::string("euclid"));
    QCOMPARE(v.at("p"), std::string("2"));
  }

  // s has a log-scale slider over [0.01, 100]: the middle position is the
  // geometric mean, sqrt(0.01·100) = 1; the end is 100.
  void logSliderAndEmission() {
    ModelPanel panel(fake::fakeModels());
    QSignalSpy spy(&panel, &ModelPanel::paramsChanged);
    ParamControl* s = panel.control("s");
    s->slider()->setValue(s->slider()->maximum());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(0).value<ParamValues>().at("s"), std::string("100"));
    s->slider()->setValue(s->slider()->maximum() / 2);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(panel.values().at("s"), std::string("1"));
    s->realBox()->setValue(0.001);  // typed below the slider's range: allowed, slider pinned at its end
    QCOMPARE(panel.values().at("s"), std::string("0.001"));
    QCOMPARE(s->slider()->value(), 0);
  }

  void infinityBox() {
    ModelPanel panel(fake::fakeModels());
    ParamControl* p = panel.control("p");
    p->infBox()->setChecked(true);
    QCOMPARE(panel.values().at("p"), std::string("inf"));
    QVERIFY(!p->slider()->isEnabled());
    p->infBox()->setChecked(false);
    QCOMPARE(panel.values().at("p"), std::string("2"));
  }

  // Every keystroke that leaves a valid list is emitted; "4," and "4,x" are not.
  void badListIsNotEmitted() {
    ModelPanel panel(fake::fakeModels());
    QSignalSpy spy(&panel, &ModelPanel::paramsChanged);
    QLineEdit* edit = panel.control("hidden")->listEdit();
    edit->clear();
    QTest::keyClicks(edit, "4,x");
    QVERIFY(!panel.control("hidden")->isValid());
    QVERIFY(edit->toolTip().contains("'hidden' parameter of centroid"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(0).value<ParamValues>().at("hidden"), std::string("4"));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, "2");
    QVERIFY(panel.control("hidden")->isValid());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.last().at(0).value<ParamValues>().at("hidden"), std::string("4,2"));
  }

  void taskParameterComesFromThePicker() {
    ModelPanel panel(fake::fakeModels());
    QSignalSpy models(&panel, &ModelPanel::modelChanged);
    QVERIFY(panel.selectModel("both", Task::Regression));
    QCOMPARE(models.size(), 1);
    QVERIFY(panel.control("task") == nullptr);
    QCOMPARE(panel.values().at("task"), std::string("regression"));
    QVERIFY(panel.selectModel("both", Task::Classification));
    QCOMPARE(panel.values().at("task"), std::string("classification"));
  }

  void valuesAreRememberedPerModel() {
    ModelPanel panel(fake::fakeModels());
    panel.setValues({{"s", "7"}});
    QVERIFY(panel.selectModel("line", Task::Regression));
    QVERIFY(panel.selectModel("centroid", Task::Classification));
    QCOMPARE(panel.values().at("s"), std::string("7"));
    panel.resetToDefaults();
    QCOMPARE(panel.values().at("s"), std::string("1"));
  }
};

QTEST_MAIN(TestModelPanel)
#include "test_model_panel.moc"
