#include "app/gui/generate_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace supex {

GenerateDialog::GenerateDialog(const GenerateOptions& initial, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Generate a data set"));
  auto* form = m_form = new QFormLayout(this);
  m_kind = new QComboBox(this);
  for (const auto& kind : generatorKinds()) {
    auto task = generatorTask(kind);
    const QString group = task && *task == Task::Regression ? tr("regression") : tr("classification");
    m_kind->addItem(QStringLiteral("%1  (%2)").arg(QString::fromStdString(kind), group), QString::fromStdString(kind));
  }
  m_n = new QSpinBox(this);
  m_n->setRange(2, 100000);
  m_noise = new QDoubleSpinBox(this);
  m_noise->setRange(0.0, 10.0);
  m_noise->setDecimals(3);
  m_noise->setSingleStep(0.05);
  m_noise->setToolTip(tr("Standard deviation of the Gaussian noise"));
  m_seed = new QSpinBox(this);
  m_seed->setRange(0, 1'000'000'000);
  m_seed->setToolTip(tr("The same seed gives the same points on every machine"));
  m_classes = new QSpinBox(this);
  m_classes->setRange(2, kGenerateMaxClasses);
  form->addRow(tr("Kind"), m_kind);
  form->addRow(tr("Points n"), m_n);
  form->addRow(tr("Noise"), m_noise);
  form->addRow(tr("Seed"), m_seed);
  form->addRow(tr("Classes"), m_classes);
  m_axisRatio = new QDoubleSpinBox(this);
  m_axisRatio->setRange(1.0, 10.0);
  m_axisRatio->setSingleStep(0.5);
  m_axisRatio->setDecimals(2);
  m_axisRatio->setToolTip(tr("Long over short axis of each class's ellipse (standard deviations); 1 is a circle"));
  m_angle = new QDoubleSpinBox(this);
  m_angle->setRange(-360.0, 360.0);
  m_angle->setSingleStep(15.0);
  m_angle->setDecimals(1);
  m_angle->setSuffix(QStringLiteral("°"));
  m_angle->setToolTip(tr("Turns every class's ellipse by this angle"));
  m_shared = new QCheckBox(tr("the same for every class (LDA's assumption)"), this);
  m_shared->setToolTip(tr("One covariance Σ for all classes, long axis at the angle above: LDA's boundary is then the "
                          "best one; unticked, each class's ellipse turns with it and QDA is needed"));
  m_kind->setObjectName("kind");
  m_axisRatio->setObjectName("axisRatio");
  m_angle->setObjectName("angle");
  m_shared->setObjectName("sharedCovariance");
  form->addRow(tr("Axis ratio"), m_axisRatio);
  form->addRow(tr("Angle"), m_angle);
  form->addRow(tr("Covariance"), m_shared);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  form->addRow(buttons);

  m_kind->setCurrentIndex(std::max(0, m_kind->findData(QString::fromStdString(initial.kind))));
  m_n->setValue(initial.n);
  m_seed->setValue(static_cast<int>(initial.seed));
  m_classes->setValue(initial.classes);
  m_axisRatio->setValue(initial.axisRatio);
  m_angle->setValue(initial.angleDeg);
  m_shared->setChecked(initial.sharedCovariance);
  kindChanged();
  if (initial.noise) m_noise->setValue(*initial.noise);
  connect(m_kind, &QComboBox::currentIndexChanged, this, &GenerateDialog::kindChanged);
}

void GenerateDialog::kindChanged() {
  const std::string kind = m_kind->currentData().toString().toStdString();
  m_noise->setValue(defaultNoise(kind));
  m_classes->setEnabled(generatorTakesClasses(kind));
  if (!generatorTakesClasses(kind)) m_classes->setValue(2);
  const bool shaped = kind == "gaussians";
  for (QWidget* w : {static_cast<QWidget*>(m_axisRatio), static_cast<QWidget*>(m_angle), static_cast<QWidget*>(m_shared)})
    m_form->setRowVisible(w, shaped);
}

GenerateOptions GenerateDialog::options() const {
  GenerateOptions o;
  o.kind = m_kind->currentData().toString().toStdString();
  o.n = m_n->value();
  o.noise = m_noise->value();
  o.seed = static_cast<std::uint64_t>(m_seed->value());
  o.classes = m_classes->value();
  if (o.kind == "gaussians") {
    o.axisRatio = m_axisRatio->value();
    o.angleDeg = m_angle->value();
    o.sharedCovariance = m_shared->isChecked();
  }
  return o;
}

}  // namespace supex
