#pragma once
// ClassPalette: one colour button per class (its number is its key, 1–9) and
// a "+" button for a new class; the checked button is the class that a click
// on the canvas adds.
#include <QWidget>
#include <string>
#include <vector>

class QButtonGroup;
class QHBoxLayout;
class QToolButton;

namespace supex {

class ClassPalette : public QWidget {
  Q_OBJECT

 public:
  explicit ClassPalette(QWidget* parent = nullptr);

  // Rebuilds the buttons for these class labels; `current` is checked
  // (classes.size() checks the "+" button).
  void setClasses(const std::vector<std::string>& classes, int current);
  void setCurrent(int k);
  // Repaints the swatches after the class colours changed.
  void refreshColours();
  int current() const { return m_current; }
  QToolButton* button(int k) const;

 signals:
  void classChosen(int k);

 private:
  QHBoxLayout* m_layout;
  QButtonGroup* m_group;
  std::vector<std::string> m_classes;
  int m_current = 0;
};

}  // namespace supex
