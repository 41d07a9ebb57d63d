#pragma once
// Colours for labels through the palette, not style sheets: a widget with a
// style sheet stops following font changes of its parent and of the
// application, and presentation mode enlarges every font.
#include <QColor>
#include <QLabel>
#include <QPalette>

namespace supex {

inline void setTextColor(QWidget* w, const QColor& color) {
  QPalette p = w->palette();
  p.setColor(QPalette::WindowText, color);
  p.setColor(QPalette::Text, color);
  w->setPalette(p);
}

// A message box inside a panel: tinted background, framed, padded.
inline void makeNoteBox(QLabel* label, const QColor& background, const QColor& text) {
  QPalette p = label->palette();
  p.setColor(QPalette::Window, background);
  p.setColor(QPalette::WindowText, text);
  label->setPalette(p);
  label->setAutoFillBackground(true);
  label->setFrameShape(QFrame::StyledPanel);
  label->setMargin(6);
}

// Bold without fixing the size (only the weight is resolved, the rest inherited).
inline void setBold(QWidget* w) {
  QFont f;
  f.setBold(true);
  w->setFont(f);
}

}  // namespace supex
