#include "widgets/param_control.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/models/param_text.h"

namespace supex {
namespace {

constexpr int kSliderSteps = 1000;
constexpr double kHugeReal = 1e12;

// Three significant digits: what a slider position can honestly claim.
double roundSignificant(double v, int digits = 3) {
  if (v == 0.0 || !std::isfinite(v)) return v;
  const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::abs(v))));
  return std::round(v * scale) / scale;
}

// A spin box that shows and accepts any real in "%g" form (1e-06, 0.25, 1200),
// and steps multiplicatively on a log scale.
class RealSpinBox : public QDoubleSpinBox {
 public:
  RealSpinBox(bool logScale, QWidget* parent) : QDoubleSpinBox(parent), m_log(logScale) {
    setDecimals(12);
    setKeyboardTracking(false);
  }
  QString textFromValue(double value) const override { return QString::number(value, 'g', 6); }
  double valueFromText(const QString& text) const override { return text.trimmed().toDouble(); }
  QValidator::State validate(QString& text, int&) const override {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok) return QValidator::Intermediate;
    return (v >= minimum() && v <= maximum()) ? QValidator::Acceptable : QValidator::Intermediate;
  }
  void stepBy(int steps) override {
    if (!m_log || value() <= 0) return QDoubleSpinBox::stepBy(steps);
    setValue(roundSignificant(value() * std::pow(10.0, steps / 10.0)));
  }

 private:
  bool m_log;
};

}  // namespace

ParamControl::ParamControl(ParamSpec spec, std::string modelId, QWidget* parent)
    : QWidget(parent), m_spec(std::move(spec)), m_modelId(std::move(modelId)) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(6);
  switch (m_spec.kind) {
    case ParamKind::Real: buildReal(); break;
    case ParamKind::Integer: buildInteger(); break;
    case ParamKind::Choice: buildChoice(); break;
    case ParamKind::Flag: buildFlag(); break;
    case ParamKind::IntList:
    case ParamKind::RealList: buildList(); break;
  }
  setToolTip(QString::fromStdString(m_spec.help));
  setText(m_spec.defaultText);
}

double ParamControl::sliderToValue(int position) const {
  const double t = static_cast<double>(position) / kSliderSteps;
  const double a = m_spec.sliderMin, b = m_spec.sliderMax;
  if (m_spec.logScale && a > 0 && b > 0) return std::exp(std::log(a) + t * (std::log(b) - std::log(a)));
  return a + t * (b - a);
}

int ParamControl::valueToSlider(double value) const {
  const double a = m_spec.sliderMin, b = m_spec.sliderMax;
  double t = 0.0;
  if (m_spec.logScale && a > 0 && b > 0) t = value > 0 ? (std::log(value) - std::log(a)) / (std::log(b) - std::log(a)) : 0.0;
  else if (b != a) t = (value - a) / (b - a);
  return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}

void ParamControl::buildReal() {
  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setRange(0, kSliderSteps);
  m_slider->setTracking(true);
  m_real = new RealSpinBox(m_spec.logScale, this);
  // The spin box accepts the whole domain, not just the slider's range; an
  // open bound is left to the model's own check, whose message the user sees.
  const double lo = std::isfinite(m_spec.min) ? m_spec.min : -kHugeReal;
  const double hi = std::isfinite(m_spec.max) ? m_spec.max : kHugeReal;
  m_real->setRange(lo, hi);
  m_real->setSingleStep(roundSignificant((m_spec.sliderMax - m_spec.sliderMin) / 100.0, 1));
  m_real->setMinimumWidth(88);
  layout()->addWidget(m_slider);
  layout()->addWidget(m_real);
  if (m_spec.allowInf) {
    m_inf = new QCheckBox(QStringLiteral("∞"), this);
    m_inf->setToolTip(tr("Use infinity for %1").arg(QString::fromStdString(m_spec.key)));
    layout()->addWidget(m_inf);
    connect(m_inf, &QCheckBox::toggled, this, [this](bool on) {
      m_slider->setEnabled(!on);
      m_real->setEnabled(!on);
      emit valueChanged();
    });
  }
  connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
    const QSignalBlocker block(m_real);
    m_real->setValue(roundSignificant(sliderToValue(position)));
    emit valueChanged();
  });
  connect(m_real, &QDoubleSpinBox::valueChanged, this, [this] {
    syncSliderFromBox();
    emit valueChanged();
  });
}

void ParamControl::buildInteger() {
  m_slider = new QSlider(Qt::Horizontal, this);
  m_intMapped = m_spec.logScale || (m_spec.sliderMax - m_spec.sliderMin) > kSliderSteps;
  if (m_intMapped) m_slider->setRange(0, kSliderSteps);
  else m_slider->setRange(static_cast<int>(m_spec.sliderMin), static_cast<int>(m_spec.sliderMax));
  m_slider->setTracking(true);
  m_int = new QSpinBox(this);
  const double lo = std::isfinite(m_spec.min) ? std::max(m_spec.min, -1e9) : -1e9;
  const double hi = std::isfinite(m_spec.max) ? std::min(m_spec.max, 1e9) : 1e9;
  m_int->setRange(static_cast<int>(lo), static_cast<int>(hi));
  m_int->setKeyboardTracking(false);
  m_int->setMinimumWidth(70);
  layout()->addWidget(m_slider);
  layout()->addWidget(m_int);
  connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
    const QSignalBlocker block(m_int);
    m_int->setValue(m_intMapped ? static_cast<int>(std::lround(sliderToValue(position))) : position);
    emit valueChanged();
  });
  connect(m_int, &QSpinBox::valueChanged, this, [this] {
    syncSliderFromBox();
    emit valueChanged();
  });
}

void ParamControl::syncSliderFromBox() {
  const QSignalBlocker block(m_slider);
  if (m_real) {
    m_slider->setValue(valueToSlider(m_real->value()));
  } else if (m_int) {
    m_slider->setValue(m_intMapped ? valueToSlider(m_int->value()) : m_int->value());
  }
}

void ParamControl::buildChoice() {
  m_combo = new QComboBox(this);
  for (const auto& c : m_spec.choices) m_combo->addItem(QString::fromStdString(c));
  layout()->addWidget(m_combo);
  connect(m_combo, &QComboBox::currentIndexChanged, this, &ParamControl::valueChanged);
}

void ParamControl::buildFlag() {
  m_flag = new QCheckBox(this);
  layout()->addWidget(m_flag);
  static_cast<QHBoxLayout*>(layout())->addStretch();
  connect(m_flag, &QCheckBox::toggled, this, &ParamControl::valueChanged);
}

void ParamControl::buildList() {
  m_list = new QLineEdit(this);
  m_list->setPlaceholderText(m_spec.kind == ParamKind::IntList ? tr("e.g. 8,8") : tr("e.g. 0.3,0.7"));
  layout()->addWidget(m_list);
  connect(m_list, &QLineEdit::textEdited, this, [this] {
    checkList();
    if (m_valid) emit valueChanged();
  });
}

void ParamControl::checkList() {
  const std::string text = m_list->text().trimmed().toStdString();
  if (text.empty() && m_spec.defaultText.empty()) {
    m_valid = true;
    m_listText.clear();
  } else {
    auto parsed = parseList(m_spec, m_modelId, text);
    m_valid = parsed.ok();
    if (m_valid) m_listText = text;
    m_list->setToolTip(m_valid ? QString::fromStdString(m_spec.help) : QString::fromStdString(parsed.error().message));
  }
  m_list->setStyleSheet(m_valid ? QString() : QStringLiteral("QLineEdit { border: 2px solid #D55E00; }"));
}

std::string ParamControl::text() const {
  switch (m_spec.kind) {
    case ParamKind::Real:
      if (m_inf && m_inf->isChecked()) return "inf";
      return formatReal(m_real->value());
    case ParamKind::Integer: return std::to_string(m_int->value());
    case ParamKind::Choice: return m_combo->currentText().toStdString();
    case ParamKind::Flag: return m_flag->isChecked() ? "true" : "false";
    case ParamKind::IntList:
    case ParamKind::RealList: return m_listText;
  }
  return {};
}

bool ParamControl::setText(const std::string& text) {
  const QSignalBlocker blockSelf(this);
  switch (m_spec.kind) {
    case ParamKind::Real: {
      const bool inf = text == "inf";
      if (inf && !m_inf) return false;
      if (m_inf) {
        const QSignalBlocker b(m_inf);
        m_inf->setChecked(inf);
        m_slider->setEnabled(!inf);
        m_real->setEnabled(!inf);
      }
      if (inf) return true;
      bool ok = false;
      const double v = QString::fromStdString(text).toDouble(&ok);
      if (!ok) return false;
      {
        const QSignalBlocker b(m_real);
        m_real->setValue(v);
      }
      syncSliderFromBox();
      return true;
    }
    case ParamKind::Integer: {
      bool ok = false;
      const int v = QString::fromStdString(text).toInt(&ok);
      if (!ok) return false;
      {
        const QSignalBlocker b(m_int);
        m_int->setValue(v);
      }
      syncSliderFromBox();
      return true;
    }
    case ParamKind::Choice: {
      const int i = m_combo->findText(QString::fromStdString(text));
      if (i < 0) return false;
      const QSignalBlocker b(m_combo);
      m_combo->setCurrentIndex(i);
      return true;
    }
    case ParamKind::Flag: {
      if (text != "true" && text != "false") return false;
      const QSignalBlocker b(m_flag);
      m_flag->setChecked(text == "true");
      return true;
    }
    case ParamKind::IntList:
    case ParamKind::RealList: {
      const QSignalBlocker b(m_list);
      m_list->setText(QString::fromStdString(text));
      checkList();
      return m_valid;
    }
  }
  return false;
}

}  // namespace supex
