#pragma once
// Data ▸ Generate…: the kind (from generatorKinds()), number of points, noise
// and seed, and the number of classes where the kind takes one.
#include <QDialog>

#include "core/data/generators.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QCheckBox;

namespace supex {

class GenerateDialog : public QDialog {
  Q_OBJECT

 public:
  explicit GenerateDialog(const GenerateOptions& initial, QWidget* parent = nullptr);
  GenerateOptions options() const;

 private:
  void kindChanged();

  QComboBox* m_kind;
  QSpinBox* m_n;
  QDoubleSpinBox* m_noise;
  QSpinBox* m_seed;
  QSpinBox* m_classes;
};

}  // namespace supex
