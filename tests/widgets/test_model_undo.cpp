// Model and parameter changes on the undo stack: a slider drag (many ticks)
// is one step, undo puts the value and the slider back and refits, and
// switching algorithms is undoable too.
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

#include "tests/widgets/fake_models.h"
#include "widgets/model_panel.h"
#include "widgets/model_undo.h"
#include "widgets/param_control.h"

using namespace supex;

class TestModelUndo : public QObject {
  Q_OBJECT

 private slots:
  void sliderDragIsOneStep() {
    ModelPanel panel(fake::fakeModels());
    QUndoStack undo;
    ModelUndoTracker tracker(&panel, &undo);
    const std::string before = panel.values().at("s");
    QSlider* slider = panel.control("s")->slider();
    // A drag: many ticks in a row on one parameter.
    for (int v = 100; v <= 900; v += 50) slider->setValue(v);
    const std::string after = panel.values().at("s");
    QVERIFY(after != before);
    QCOMPARE(undo.count(), 1);
    QVERIFY(undo.text(0).contains("s ="));

    QSignalSpy params(&panel, &ModelPanel::paramsChanged);
    undo.undo();
    QCOMPARE(panel.values().at("s"), before);
    QVERIFY(params.count() >= 1);  // the change reaches the controller, which refits
    QCOMPARE(undo.count(), 1);     // undoing records nothing new
    undo.redo();
    QCOMPARE(panel.values().at("s"), after);
    QCOMPARE(slider->value(), 900);
  }

  void twoDragsAreTwoSteps() {
    ModelPanel panel(fake::fakeModels());
    QUndoStack undo;
    ModelUndoTracker tracker(&panel, &undo);
    QSlider* slider = panel.control("s")->slider();
    emit slider->sliderPressed();  // what a mouse press on the handle sends
    for (int v = 100; v <= 400; v += 100) slider->setValue(v);
    const std::string middle = panel.values().at("s");
    emit slider->sliderPressed();
    for (int v = 500; v <= 800; v += 100) slider->setValue(v);
    QCOMPARE(undo.count(), 2);
    undo.undo();
    QCOMPARE(panel.values().at("s"), middle);
  }

  void differentParametersAreSeparateSteps() {
    ModelPanel panel(fake::fakeModels());
    QUndoStack undo;
    ModelUndoTracker tracker(&panel, &undo);
    panel.control("s")->slider()->setValue(300);
    panel.setValues({{"slow_ms", "5"}});
    panel.control("s")->slider()->setValue(700);
    QCOMPARE(undo.count(), 3);
    undo.undo();
    undo.undo();
    QCOMPARE(panel.values().at("slow_ms"), panel.control("slow_ms")->spec().defaultText);
  }

  void switchingModelsIsUndoable() {
    ModelPanel panel(fake::fakeModels());
    QUndoStack undo;
    ModelUndoTracker tracker(&panel, &undo);
    const std::string first = panel.currentModel()->id;
    panel.control("s")->slider()->setValue(250);
    const std::string firstS = panel.values().at("s");
    QVERIFY(panel.selectModel("line", Task::Regression));
    QCOMPARE(panel.currentModel()->id, std::string("line"));
    QCOMPARE(undo.count(), 2);
    undo.undo();
    QCOMPARE(panel.currentModel()->id, first);
    QCOMPARE(panel.values().at("s"), firstS);
    undo.redo();
    QCOMPARE(panel.currentModel()->id, std::string("line"));
  }
};

QTEST_MAIN(TestModelUndo)
#include "test_model_undo.moc"
