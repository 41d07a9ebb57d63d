#pragma once
// ParamControl: the editor of one hyper-parameter, generated from its
// ParamSpec (design.md: the table drives the GUI). Real: slider + spin box,
// logarithmic when spec.logScale, an "∞" box when spec.allowInf; Integer:
// slider + spin box; Choice: combo box; Flag: check box; lists: a line edit
// checked with parseList. The value is exchanged as text, like everywhere else.
#include <QWidget>
#include <string>

#include "core/models/param_spec.h"

class QSlider;
class QDoubleSpinBox;
class QSpinBox;
class QCheckBox;
class QComboBox;
class QLineEdit;

namespace supex {

class ParamControl : public QWidget {
  Q_OBJECT

 public:
  ParamControl(ParamSpec spec, std::string modelId, QWidget* parent = nullptr);

  const ParamSpec& spec() const { return m_spec; }
  // The current value as parameter text ("0.5", "inf", "8,8", "true").
  std::string text() const;
  // Shows `text` without emitting valueChanged. Returns false if the text does not fit the control.
  bool setText(const std::string& text);
  // False while a list field holds text that does not parse.
  bool isValid() const { return m_valid; }

  // For tests and keyboard users: the parts of the control.
  QSlider* slider() const { return m_slider; }
  QDoubleSpinBox* realBox() const { return m_real; }
  QSpinBox* intBox() const { return m_int; }
  QCheckBox* infBox() const { return m_inf; }
  QComboBox* comboBox() const { return m_combo; }
  QCheckBox* flagBox() const { return m_flag; }
  QLineEdit* listEdit() const { return m_list; }

 signals:
  // Emitted on every change, while a slider is dragged too.
  void valueChanged();

 private:
  void buildReal();
  void buildInteger();
  void buildChoice();
  void buildFlag();
  void buildList();
  double sliderToValue(int position) const;
  int valueToSlider(double value) const;
  void syncSliderFromBox();
  void checkList();

  ParamSpec m_spec;
  std::string m_modelId;
  bool m_valid = true;
  bool m_intMapped = false;  // integer slider positions map through sliderToValue
  std::string m_listText;
  QSlider* m_slider = nullptr;
  QDoubleSpinBox* m_real = nullptr;
  QSpinBox* m_int = nullptr;
  QCheckBox* m_inf = nullptr;
  QComboBox* m_combo = nullptr;
  QCheckBox* m_flag = nullptr;
  QLineEdit* m_list = nullptr;
};

}  // namespace supex
