#pragma once
// NoteBanner: a teacher's note shown above the canvas (a lesson's title and
// what to try), with a button to hide it. Colours come from the palette, not
// a style sheet, so presentation mode's larger application font reaches it.
#include <QFrame>

class QLabel;
class QToolButton;

namespace supex {

class NoteBanner : public QFrame {
  Q_OBJECT

 public:
  explicit NoteBanner(QWidget* parent = nullptr);

  // Shows the note (hidden when both are empty).
  void setNote(const QString& title, const QString& note);
  QString title() const;
  QString note() const;

 private:
  QLabel* m_title = nullptr;
  QLabel* m_note = nullptr;
  QToolButton* m_close = nullptr;
};

}  // namespace supex
