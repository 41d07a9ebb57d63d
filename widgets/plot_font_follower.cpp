#include "widgets/plot_font_follower.h"

#include <qcustomplot.h>

#include <QEvent>

namespace supex {
namespace {

QFont scaled(QFont font, double factor) {
  if (font.pointSizeF() > 0) font.setPointSizeF(font.pointSizeF() * factor);
  return font;
}

void scaleText(QCustomPlot* plot, double factor) {
  for (QCPAxisRect* rect : plot->axisRects())
    for (QCPAxis* axis : rect->axes()) {
      axis->setTickLabelFont(scaled(axis->tickLabelFont(), factor));
      axis->setLabelFont(scaled(axis->labelFont(), factor));
      axis->setSelectedTickLabelFont(scaled(axis->selectedTickLabelFont(), factor));
      axis->setSelectedLabelFont(scaled(axis->selectedLabelFont(), factor));
    }
  // Recursive: legends inside an axis rect's inset layout are found too.
  for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
    if (auto* text = qobject_cast<QCPTextElement*>(element)) text->setFont(scaled(text->font(), factor));
    if (auto* legend = qobject_cast<QCPLegend*>(element)) legend->setFont(scaled(legend->font(), factor));
  }
  for (int i = 0; i < plot->itemCount(); ++i)
    if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) text->setFont(scaled(text->font(), factor));
}

const char* const kName = "supexFontFollower";

class FontFollower : public QObject {
 public:
  explicit FontFollower(QCustomPlot* plot) : QObject(plot), m_plot(plot), m_size(plot->font().pointSizeF()) {
    setObjectName(kName);
    plot->installEventFilter(this);
  }

  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == m_plot && event->type() == QEvent::FontChange) {
      const double size = m_plot->font().pointSizeF();
      if (m_size > 0 && size > 0 && size != m_size) {
        scaleText(m_plot, size / m_size);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
      }
      m_size = size;
    }
    return false;
  }

 private:
  QCustomPlot* m_plot;
  double m_size;  // the widget font's size the text was last fitted to
};

}  // namespace

void followWidgetFont(QCustomPlot* plot) {
  if (!plot || plot->findChild<QObject*>(kName, Qt::FindDirectChildrenOnly)) return;
  new FontFollower(plot);
}

}  // namespace supex
