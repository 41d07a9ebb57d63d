#include "widgets/model_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "widgets/label_style.h"
#include "widgets/param_control.h"

namespace supex {
namespace {

bool drivenByPicker(const ModelInfo& model, const ParamSpec& spec) {
  return spec.key == "task" && model.tasks.size() > 1;
}

}  // namespace

ModelPanel::ModelPanel(const std::vector<ModelInfo>& models, QWidget* parent) : QWidget(parent), m_models(models) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);

  m_picker = new QComboBox(this);
  m_picker->setToolTip(tr("The learning algorithm"));
  auto* items = new QStandardItemModel(m_picker);
  for (Task task : {Task::Classification, Task::Regression}) {
    auto* header = new QStandardItem(task == Task::Classification ? tr("Classification") : tr("Regression"));
    header->setFlags(Qt::NoItemFlags);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    items->appendRow(header);
    m_entries.emplace_back(-1, task);
    for (int i = 0; i < static_cast<int>(m_models.size()); ++i) {
      const ModelInfo& m = m_models[static_cast<std::size_t>(i)];
      if (std::find(m.tasks.begin(), m.tasks.end(), task) == m.tasks.end()) continue;
      auto* item = new QStandardItem(QStringLiteral("    ") + QString::fromStdString(m.name));
      item->setToolTip(QString::fromStdString(m.objective));
      items->appendRow(item);
      m_entries.emplace_back(i, task);
    }
  }
  m_picker->setModel(items);
  layout->addWidget(m_picker);

  m_objective = new QLabel(this);
  m_objective->setWordWrap(true);
  m_objective->setTextInteractionFlags(Qt::TextSelectableByMouse);
  setTextColor(m_objective, QColor(0x33, 0x33, 0x33));
  m_objective->setContentsMargins(0, 2, 0, 4);
  layout->addWidget(m_objective);

  m_controlsBox = new QWidget(this);
  m_form = new QFormLayout(m_controlsBox);
  m_form->setContentsMargins(0, 0, 0, 0);
  m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  layout->addWidget(m_controlsBox);

  m_reset = new QPushButton(tr("Reset to defaults"), this);
  m_reset->setToolTip(tr("Put every parameter of this model back to its default"));
  layout->addWidget(m_reset, 0, Qt::AlignLeft);
  connect(m_reset, &QPushButton::clicked, this, &ModelPanel::resetToDefaults);

  connect(m_picker, &QComboBox::currentIndexChanged, this, &ModelPanel::onPickerChanged);
  // setModel() has already moved to the first enabled row, before the connection existed.
  onPickerChanged(m_picker->currentIndex());
}

void ModelPanel::onPickerChanged(int index) {
  if (index < 0 || index >= static_cast<int>(m_entries.size())) return;
  const auto [model, task] = m_entries[static_cast<std::size_t>(index)];
  if (model < 0) return;
  storeValues();
  m_current = &m_models[static_cast<std::size_t>(model)];
  m_task = task;
  rebuildControls();
  emit modelChanged(m_current, m_task);
  emitParams();
}

void ModelPanel::rebuildControls() {
  while (m_form->rowCount() > 0) m_form->removeRow(0);
  m_controls.clear();
  if (!m_current) return;
  m_objective->setText(QString::fromStdString(m_current->objective));
  const ParamValues& remembered = m_memory[{m_current->id, static_cast<int>(m_task)}];
  for (const ParamSpec& spec : m_current->params) {
    if (drivenByPicker(*m_current, spec)) continue;
    auto* control = new ParamControl(spec, m_current->id, m_controlsBox);
    if (auto it = remembered.find(spec.key); it != remembered.end()) control->setText(it->second);
    auto* label = new QLabel(QString::fromStdString(spec.label), m_controlsBox);
    label->setToolTip(QString::fromStdString(spec.help));
    label->setBuddy(control);
    m_form->addRow(label, control);
    m_controls.push_back(control);
    connect(control, &ParamControl::valueChanged, this, [this] {
      storeValues();
      emitParams();
    });
    if (QSlider* slider = control->slider()) connect(slider, &QSlider::sliderPressed, this, &ModelPanel::gestureStarted);
  }
}

void ModelPanel::storeValues() {
  if (!m_current) return;
  ParamValues& memory = m_memory[{m_current->id, static_cast<int>(m_task)}];
  for (ParamControl* c : m_controls)
    if (c->isValid()) memory[c->spec().key] = c->text();
}

ParamValues ModelPanel::values() const {
  ParamValues out;
  if (!m_current) return out;
  for (const ParamSpec& spec : m_current->params) {
    if (drivenByPicker(*m_current, spec)) out[spec.key] = taskName(m_task);
  }
  for (ParamControl* c : m_controls) {
    const std::string text = c->text();
    // An empty list means "the default" (e.g. LDA priors = class frequencies):
    // leave the key out rather than send text that does not parse.
    const bool list = c->spec().kind == ParamKind::IntList || c->spec().kind == ParamKind::RealList;
    if (list && text.empty()) continue;
    out[c->spec().key] = text;
  }
  return out;
}

void ModelPanel::emitParams() {
  for (ParamControl* c : m_controls)
    if (!c->isValid()) return;  // the control shows what is wrong; keep the last good fit
  emit paramsChanged(values());
}

bool ModelPanel::selectModel(const std::string& id, Task task) {
  for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
    const auto [model, entryTask] = m_entries[static_cast<std::size_t>(row)];
    if (model >= 0 && entryTask == task && m_models[static_cast<std::size_t>(model)].id == id) {
      if (m_picker->currentIndex() == row) return true;
      m_picker->setCurrentIndex(row);
      return true;
    }
  }
  return false;
}

void ModelPanel::setValues(const ParamValues& values) {
  for (ParamControl* c : m_controls)
    if (auto it = values.find(c->spec().key); it != values.end()) c->setText(it->second);
  storeValues();
  emitParams();
}

void ModelPanel::resetToDefaults() {
  for (ParamControl* c : m_controls) c->setText(c->spec().defaultText);
  storeValues();
  emitParams();
}

void ModelPanel::stepModel(int step) {
  const int n = static_cast<int>(m_entries.size());
  if (n == 0) return;
  int row = m_picker->currentIndex();
  for (int tries = 0; tries < n; ++tries) {
    row = ((row + step) % n + n) % n;
    if (m_entries[static_cast<std::size_t>(row)].first >= 0) {
      m_picker->setCurrentIndex(row);
      return;
    }
  }
}

ParamControl* ModelPanel::control(const std::string& key) const {
  for (ParamControl* c : m_controls)
    if (c->spec().key == key) return c;
  return nullptr;
}

}  // namespace supex
