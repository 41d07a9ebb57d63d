#pragma once
// Data ▸ Generate…: the kind (from generatorKinds()), number of points, noise
// and seed, the number of classes where the kind takes one, and for gaussians
// the shape of the class covariances (axis ratio, angle, one shared by all
// classes), so a teacher can make LDA's assumption hold or fail.
#include <QDialog>

#include "core/data/generators.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QCheckBox;
class QFormLayout;

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
  QDoubleSpinBox* m_axisRatio;
  QDoubleSpinBox* m_angle;
  QCheckBox* m_shared;
  QFormLayout* m_form;
};

}  // namespace supex
