#include "widgets/class_palette.h"

#include <utility>

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

#include "widgets/okabe_ito.h"

namespace supex {
namespace {

QIcon swatch(const QColor& color) {
  QPixmap pm(18, 18);
  pm.fill(Qt::transparent);
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(QPen(QColor(30, 30, 30), 1.2));
  p.setBrush(color);
  p.drawEllipse(QRectF(1.5, 1.5, 15, 15));
  return QIcon(pm);
}

}  // namespace

ClassPalette::ClassPalette(QWidget* parent) : QWidget(parent), m_layout(new QHBoxLayout(this)), m_group(new QButtonGroup(this)) {
  m_layout->setContentsMargins(0, 0, 0, 0);
  m_layout->setSpacing(3);
  m_group->setExclusive(true);
  connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
    m_current = id;
    emit classChosen(id);
  });
}

void ClassPalette::setClasses(const std::vector<std::string>& classes, int current) {
  if (classes == m_classes && current == m_current && !m_group->buttons().isEmpty()) return;
  m_classes = classes;
  for (QAbstractButton* b : m_group->buttons()) {
    m_group->removeButton(b);
    delete b;
  }
  while (QLayoutItem* item = m_layout->takeAt(0)) delete item;
  const int n = static_cast<int>(classes.size());
  for (int k = 0; k <= n && k < 9; ++k) {
    auto* b = new QToolButton(this);
    b->setCheckable(true);
    b->setAutoRaise(false);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (k < n) {
      b->setIcon(swatch(classColor(k)));
      // The class's own label, as in the legend; the key that picks it is in the tooltip.
      QString label = QString::fromStdString(classes[static_cast<std::size_t>(k)]);
      if (label.size() > 10) label = label.left(9) + QChar(0x2026);
      b->setText(label);
      b->setToolTip(tr("Add points of class “%1” (key %2)").arg(QString::fromStdString(classes[static_cast<std::size_t>(k)])).arg(k + 1));
    } else {
      b->setIcon(swatch(classColor(k)));
      b->setText(QStringLiteral("+"));
      b->setToolTip(tr("Add points of a new class (key %1)").arg(k + 1));
    }
    m_group->addButton(b, k);
    m_layout->addWidget(b);
  }
  m_layout->addStretch();
  setCurrent(current);
}

void ClassPalette::refreshColours() {
  const std::vector<std::string> classes = std::exchange(m_classes, {});
  setClasses(classes, m_current);
}

void ClassPalette::setCurrent(int k) {
  m_current = k;
  if (QAbstractButton* b = m_group->button(k)) b->setChecked(true);
}

QToolButton* ClassPalette::button(int k) const { return qobject_cast<QToolButton*>(m_group->button(k)); }

}  // namespace supex
