// followWidgetFont (widgets/plot_font_follower.h): after the widget's font
// grows by a factor, every text of the plot (axes, legend, title element,
// text items, sizes chosen smaller on purpose included) grows by that factor;
// back to the old font, back to the old sizes. In the window, presentation
// mode attaches it to the teaching views' plots.
#include <qcustomplot.h>

#include <QTabWidget>
#include <QTest>

#include "app/gui/main_window.h"
#include "widgets/plot_font_follower.h"

using namespace supex;

class TestPlotFontFollower : public QObject {
  Q_OBJECT

 private slots:
  void textScalesWithTheWidgetFont() {
    QCustomPlot plot;
    QFont base = plot.font();
    base.setPointSizeF(10.0);
    plot.setFont(base);
    plot.xAxis->setTickLabelFont(base);
    QFont label = base;
    label.setPointSizeF(12.0);
    plot.xAxis->setLabelFont(label);
    QFont small = base;
    small.setPointSizeF(8.0);
    plot.legend->setFont(small);
    plot.plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(&plot, "title", label);
    plot.plotLayout()->addElement(0, 0, title);
    auto* note = new QCPItemText(&plot);
    note->setFont(small);

    followWidgetFont(&plot);
    followWidgetFont(&plot);  // a second call adds nothing: still scaled once
    QFont bigger = base;
    bigger.setPointSizeF(15.0);  // × 1.5
    plot.setFont(bigger);
    QCOMPARE(plot.xAxis->tickLabelFont().pointSizeF(), 15.0);
    QCOMPARE(plot.xAxis->labelFont().pointSizeF(), 18.0);
    QCOMPARE(plot.legend->font().pointSizeF(), 12.0);
    QCOMPARE(title->font().pointSizeF(), 18.0);
    QCOMPARE(note->font().pointSizeF(), 12.0);

    plot.setFont(base);
    QCOMPARE(plot.xAxis->tickLabelFont().pointSizeF(), 10.0);
    QCOMPARE(plot.legend->font().pointSizeF(), 8.0);
    QCOMPARE(note->font().pointSizeF(), 8.0);
  }

  // In the window, presentation mode attaches the follower to every plot of
  // the teaching views, so the larger application font reaches their text
  // (passing the application font on to widgets is Qt's job: in this test
  // process the widgets kept their old font, so it is not asserted here; in
  // the running program, offscreen and on X11, the plots get it, and with it
  // larger text).
  void presentationFollowsTheViewsPlots() {
    MainWindow w;
    w.showDefault();
    const auto plots = w.views()->findChildren<QCustomPlot*>();
    QVERIFY(plots.size() >= 5);
    for (QCustomPlot* plot : plots) QVERIFY(!plot->findChild<QObject*>("supexFontFollower"));
    w.setPresentationMode(true);
    w.setPresentationMode(false);
    for (QCustomPlot* plot : plots) QCOMPARE(plot->findChildren<QObject*>("supexFontFollower").size(), qsizetype(1));
  }
};

QTEST_MAIN(TestPlotFontFollower)
#include "test_plot_font_follower.moc"
