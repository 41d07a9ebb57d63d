#include "widgets/csv_import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <set>

namespace supex {
namespace {

constexpr int kPreviewRows = 50;

bool isNumber(const std::string& s, double* value = nullptr) {
  bool ok = false;
  const double v = QString::fromStdString(s).trimmed().toDouble(&ok);
  if (ok && value) *value = v;
  return ok && std::isfinite(v);
}

bool columnNumeric(const std::vector<CsvRecord>& records, std::size_t column) {
  for (std::size_t r = 1; r < records.size() && r <= kPreviewRows; ++r) {
    const auto& f = records[r].fields;
    if (column >= f.size() || !isNumber(f[column])) return false;
  }
  return records.size() > 1;
}

}  // namespace

LoadOptions guessLoadOptions(const std::vector<CsvRecord>& records) {
  LoadOptions o;
  if (records.empty() || records[0].fields.empty()) return o;
  const auto& header = records[0].fields;
  const std::size_t target = header.size() - 1;
  o.target = header[target];
  bool labels = false, nonInteger = false;
  std::set<double> distinct;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& f = records[r].fields;
    if (target >= f.size()) continue;
    double v = 0;
    if (!isNumber(f[target], &v)) {
      labels = true;
      break;
    }
    nonInteger = nonInteger || v != std::round(v);
    distinct.insert(v);
  }
  if (!labels) labels = !nonInteger && distinct.size() <= 10;
  o.task = labels ? Task::Classification : Task::Regression;
  for (std::size_t c = 0; c < target && o.features.size() < 2; ++c)
    if (columnNumeric(records, c)) o.features.push_back(header[c]);
  return o;
}

CsvImportDialog::CsvImportDialog(const QString& displayName, std::string text, QWidget* parent)
    : QDialog(parent), m_text(std::move(text)), m_name(displayName.toStdString()) {
  setWindowTitle(tr("Open CSV — %1").arg(displayName));
  auto* layout = new QVBoxLayout(this);

  m_preview = new QTableWidget(this);
  m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_preview->setMinimumHeight(220);
  layout->addWidget(m_preview, 1);

  auto* form = new QFormLayout;
  m_task = new QComboBox(this);
  m_task->addItem(tr("Classification (the target is a class label)"));
  m_task->addItem(tr("Regression (the target is a number)"));
  m_x = new QComboBox(this);
  m_y = new QComboBox(this);
  m_target = new QComboBox(this);
  form->addRow(tr("Task"), m_task);
  form->addRow(tr("Feature on the x axis"), m_x);
  form->addRow(tr("Feature on the y axis"), m_y);
  form->addRow(tr("Target"), m_target);
  layout->addLayout(form);

  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_status);

  m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(m_buttons);
  resize(720, 560);

  auto records = readCsv(m_text, m_name);
  if (!records) {
    m_status->setText(QString::fromStdString(records.error().message));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #8a2c00; }"));
    for (QComboBox* box : {m_task, m_x, m_y, m_target}) box->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    return;
  }
  m_records = std::move(records).value();
  if (!m_records.empty()) m_header = m_records[0].fields;
  fillPreview();
  for (const auto& name : m_header) {
    m_x->addItem(QString::fromStdString(name));
    m_target->addItem(QString::fromStdString(name));
  }
  m_y->addItem(tr("(none: one feature, regression only)"));
  for (const auto& name : m_header) m_y->addItem(QString::fromStdString(name));
  applyOptions(guessLoadOptions(m_records));
  for (QComboBox* box : {m_task, m_x, m_y, m_target})
    connect(box, &QComboBox::currentIndexChanged, this, &CsvImportDialog::reload);
  reload();
}

void CsvImportDialog::fillPreview() {
  m_preview->setColumnCount(static_cast<int>(m_header.size()));
  QStringList names;
  for (const auto& h : m_header) names << QString::fromStdString(h);
  m_preview->setHorizontalHeaderLabels(names);
  const int rows = static_cast<int>(std::min<std::size_t>(m_records.size() > 0 ? m_records.size() - 1 : 0, kPreviewRows));
  m_preview->setRowCount(rows);
  QStringList lines;
  for (int r = 0; r < rows; ++r) {
    const CsvRecord& rec = m_records[static_cast<std::size_t>(r) + 1];
    lines << QString::number(rec.line);  // the file's own line numbers, as the messages use them
    for (std::size_t c = 0; c < rec.fields.size() && c < m_header.size(); ++c)
      m_preview->setItem(r, static_cast<int>(c), new QTableWidgetItem(QString::fromStdString(rec.fields[c])));
  }
  m_preview->setVerticalHeaderLabels(lines);
}

void CsvImportDialog::applyOptions(const LoadOptions& o) {
  auto index = [this](const std::string& name) {
    for (std::size_t i = 0; i < m_header.size(); ++i)
      if (m_header[i] == name) return static_cast<int>(i);
    return -1;
  };
  const QSignalBlocker b1(m_task), b2(m_x), b3(m_y), b4(m_target);
  m_task->setCurrentIndex(o.task == Task::Classification ? 0 : 1);
  m_target->setCurrentIndex(std::max(0, index(o.target)));
  if (!o.features.empty()) m_x->setCurrentIndex(std::max(0, index(o.features[0])));
  m_y->setCurrentIndex(o.features.size() > 1 ? index(o.features[1]) + 1 : 0);
}

LoadOptions CsvImportDialog::options() const {
  LoadOptions o;
  o.task = m_task->currentIndex() == 0 ? Task::Classification : Task::Regression;
  o.target = m_target->currentText().toStdString();
  if (m_x->currentIndex() >= 0) o.features.push_back(m_x->currentText().toStdString());
  if (m_y->currentIndex() > 0) o.features.push_back(m_y->currentText().toStdString());
  return o;
}

QString CsvImportDialog::problem() const { return m_loadable ? QString() : m_status->text(); }

void CsvImportDialog::reload() {
  const LoadOptions o = options();
  QString problem;
  if (o.features.size() == 2 && o.features[0] == o.features[1]) problem = tr("Choose two different feature columns.");
  else if (std::find(o.features.begin(), o.features.end(), o.target) != o.features.end())
    problem = tr("The target column cannot also be a feature.");
  else if (o.task == Task::Classification && o.features.size() != 2)
    problem = tr("Classification needs two feature columns: the explorer draws the classes in the plane.");
  if (problem.isEmpty()) {
    auto data = loadDatasetFromString(m_text, m_name, o);
    if (data) {
      m_data = std::move(data).value();
      m_loadable = true;
    } else {
      problem = QString::fromStdString(data.error().message);
    }
  }
  if (!problem.isEmpty()) {
    m_loadable = false;
    m_status->setText(problem);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #8a2c00; font-weight: bold; }"));
  } else {
    QString summary = tr("%n rows", nullptr, static_cast<int>(m_data.rows()));
    if (m_data.task == Task::Classification) {
      QStringList classes;
      for (const auto& c : m_data.classes) classes << QString::fromStdString(c);
      summary += tr(", %1 classes: %2").arg(m_data.numClasses()).arg(classes.join(", "));
      if (m_data.numClasses() > 8) summary += tr(" (more than 8 classes share colours)");
    }
    m_status->setText(summary);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #1d5e2c; }"));
  }
  m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_loadable);
}

}  // namespace supex
