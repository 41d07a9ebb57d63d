#include "widgets/info_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include <nlohmann/json.hpp>

#include "widgets/label_style.h"

namespace supex {
namespace {

QString num(double v, int digits = 4) {
  if (std::isnan(v)) return QStringLiteral("—");
  return QString::number(v, 'g', digits);
}

QString pValue(double p) {
  if (std::isnan(p)) return QStringLiteral("—");
  if (p < 1e-4) return QStringLiteral("<1e-4");
  return QString::number(p, 'f', 4);
}

QString optional(const std::optional<double>& v, int digits = 4) { return v ? num(*v, digits) : QStringLiteral("—"); }

double jsonNumber(const nlohmann::json& j) {
  if (j.is_number()) return j.get<double>();
  return std::nan("");
}

}  // namespace

InfoPanel::InfoPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);

  m_error = new QLabel(this);
  m_error->setWordWrap(true);
  m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
  makeNoteBox(m_error, QColor(0xfb, 0xe9, 0xde), QColor(0x5a, 0x21, 0x00));
  m_error->hide();
  layout->addWidget(m_error);

  m_scores = new QLabel(this);
  m_scores->setWordWrap(true);
  m_scores->setTextFormat(Qt::RichText);
  m_scores->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_scores);

  m_diagnostics = new QLabel(this);
  m_diagnostics->setWordWrap(true);
  makeNoteBox(m_diagnostics, QColor(0xfd, 0xf6, 0xd8), QColor(0x4a, 0x35, 0x00));
  m_diagnostics->hide();
  layout->addWidget(m_diagnostics);

  m_tableTitle = new QLabel(this);
  setBold(m_tableTitle);
  m_tableTitle->setContentsMargins(0, 6, 0, 0);
  layout->addWidget(m_tableTitle);
  m_table = new QTableWidget(this);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->setVisible(true);
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->setAlternatingRowColors(true);
  m_table->hide();
  m_tableTitle->hide();
  layout->addWidget(m_table);
  m_table->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(m_table, &QWidget::customContextMenuRequested, this,
          [this](const QPoint& pos) { showTableMenu(m_table->viewport(), pos, false); });
  m_scores->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(m_scores, &QWidget::customContextMenuRequested, this,
          [this](const QPoint& pos) { showTableMenu(m_scores, pos, true); });

  m_inference = new QLabel(this);
  m_inference->setWordWrap(true);
  m_inference->setTextFormat(Qt::RichText);
  m_inference->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_inference->hide();
  layout->addWidget(m_inference);

  m_timing = new QLabel(this);
  setTextColor(m_timing, QColor(0x66, 0x66, 0x66));
  layout->addWidget(m_timing);
  layout->addStretch();
}

void InfoPanel::clear() {
  m_error->hide();
  m_scores->clear();
  m_table->hide();
  m_tableTitle->hide();
  m_inference->hide();
  m_diagnostics->hide();
  m_timing->clear();
  m_shownModel.reset();
  m_hasScores = false;
}

QString InfoPanel::scoresText() const { return m_scores->text(); }
QString InfoPanel::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void InfoPanel::setFrame(const FitFramePtr& frame) {
  if (!frame) return clear();
  if (!frame->error.empty()) {
    m_error->setText(tr("The model could not be fitted: %1").arg(QString::fromStdString(frame->error)));
    m_error->show();
    m_diagnostics->hide();
    m_scores->clear();
    m_timing->clear();
    m_table->hide();
    m_tableTitle->hide();
    m_inference->hide();
    m_shownModel.reset();
    m_hasScores = false;
    return;
  }
  m_error->hide();
  if (frame->model != m_shownModel) {
    showScores(*frame);
    showCoefficients(*frame);
    showDiagnostics(*frame);
    m_shownModel = frame->model;
  }
  auto ms = [](double v) { return v < 0.1 ? QStringLiteral("< 0.1") : QString::number(v, 'g', 2); };
  m_timing->setText(frame->features == 1
                        ? tr("fit %1 ms · curve of %2 points in %3 ms").arg(ms(frame->fitMs)).arg(frame->grid.nx).arg(ms(frame->predictMs))
                        : tr("fit %1 ms · map %2×%3 in %4 ms")
                              .arg(ms(frame->fitMs))
                              .arg(frame->grid.nx)
                              .arg(frame->grid.ny)
                              .arg(ms(frame->predictMs)));
}

void InfoPanel::showScores(const FitFrame& f) {
  m_scoreTask = f.task;
  m_train = f.train;
  m_test = f.test;
  m_hasScores = true;
  const bool classification = f.task == Task::Classification;
  QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
  html += QStringLiteral("<tr><th align='left'></th><th align='right'>n</th>");
  if (classification) html += tr("<th align='right'>accuracy</th><th align='right'>log-loss</th></tr>");
  else html += tr("<th align='right'>MSE</th><th align='right'>R²</th></tr>");
  auto row = [&](const QString& name, const Scores& s) {
    if (s.n == 0) return QStringLiteral("<tr><td>%1</td><td align='right'>0</td><td align='right'>—</td>"
                                        "<td align='right'>—</td></tr>").arg(name);
    const QString a = classification ? (s.accuracy ? QString::number(100.0 * *s.accuracy, 'f', 1) + "%" : "—")
                                     : optional(s.mse);
    const QString b = classification ? optional(s.logLoss) : optional(s.r2);
    return QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
        .arg(name)
        .arg(s.n)
        .arg(a, b);
  };
  html += row(tr("<b>train</b>"), f.train);
  if (f.test.n > 0) html += row(tr("<b>test</b>"), f.test);
  html += QStringLiteral("</table>");
  if (f.test.n == 0)
    html += tr("<p style='color:#666'>No test points: hold some out with <i>Test share</i> to see how the "
               "model does on points it has not seen.</p>");
  m_scores->setText(html);
}

void InfoPanel::showCoefficients(const FitFrame& f) {
  m_table->clear();
  m_table->hide();
  m_tableTitle->hide();
  m_inference->hide();
  if (!f.model) return;
  nlohmann::json j;
  f.model->writeJson(j);
  const auto& features = f.model->features;

  if (j.contains("coefficients") && j["coefficients"].is_array()) {
    const auto& coef = j["coefficients"];
    const bool inference = j.contains("inference") && j["inference"].is_object();
    QStringList columns{tr("coef")};
    if (inference) columns << tr("SE") << tr("t") << tr("p") << tr("CI low") << tr("CI high");
    m_table->setColumnCount(static_cast<int>(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(static_cast<int>(coef.size()));
    QStringList rows;
    for (std::size_t r = 0; r < coef.size(); ++r) {
      rows << (r == 0 ? tr("intercept") : (r - 1 < features.size() ? QString::fromStdString(features[r - 1]) : QString()));
      m_table->setItem(static_cast<int>(r), 0, new QTableWidgetItem(num(jsonNumber(coef[r]), 4)));
      if (!inference) continue;
      const auto& inf = j["inference"];
      const char* keys[] = {"se", "t", "p", "ci_low", "ci_high"};
      for (int c = 0; c < 5; ++c) {
        const auto& arr = inf[keys[c]];
        const double v = arr.is_array() && r < arr.size() ? jsonNumber(arr[r]) : std::nan("");
        m_table->setItem(static_cast<int>(r), c + 1, new QTableWidgetItem(c == 2 ? pValue(v) : num(v, 3)));
      }
    }
    m_table->setVerticalHeaderLabels(rows);
    m_tableTitle->setText(inference ? tr("Coefficients: SE, t with its two-sided p, confidence interval")
                                    : tr("Coefficients"));
    m_tableTitle->setWordWrap(true);
    if (inference) {
      const auto& inf = j["inference"];
      const double level = inf.contains("level") ? jsonNumber(inf["level"]) : 0.95;
      const QString df = num(jsonNumber(inf.value("df_resid", nlohmann::json())));
      const QString fp = pValue(jsonNumber(inf.value("f_pvalue", nlohmann::json())));
      m_inference->setText(
          tr("σ̂² = %1 with %2 residual degrees of freedom<br>R² = %3 · adjusted R² = %4<br>"
             "F = %5, p %6<br>%7% intervals from the t distribution with %2 df")
              .arg(num(jsonNumber(inf.value("sigma2", nlohmann::json()))), df,
                   num(jsonNumber(inf.value("r2", nlohmann::json()))),
                   num(jsonNumber(inf.value("adj_r2", nlohmann::json()))),
                   num(jsonNumber(inf.value("f_stat", nlohmann::json()))),
                   (fp.startsWith('<') ? "< 0.0001" : "= " + fp).toHtmlEscaped(), num(100.0 * level, 3)));
      m_inference->show();
    }
  } else if (j.contains("weights") && j["weights"].is_array() && j.contains("intercepts")) {
    // Softmax regression: one row of weights per class.
    const auto& w = j["weights"];
    const auto& b = j["intercepts"];
    QStringList columns{tr("intercept")};
    for (const auto& name : features) columns << QString::fromStdString(name);
    m_table->setColumnCount(static_cast<int>(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(static_cast<int>(w.size()));
    QStringList rows;
    for (std::size_t k = 0; k < w.size(); ++k) {
      QString label = k < f.model->classes.size() ? QString::fromStdString(f.model->classes[k]) : QString::number(k);
      bool numeric = false;
      label.toDouble(&numeric);
      rows << (numeric ? tr("class %1").arg(label) : label);
      m_table->setItem(static_cast<int>(k), 0, new QTableWidgetItem(num(k < b.size() ? jsonNumber(b[k]) : std::nan(""), 5)));
      for (std::size_t c = 0; c < w[k].size(); ++c)
        m_table->setItem(static_cast<int>(k), static_cast<int>(c) + 1, new QTableWidgetItem(num(jsonNumber(w[k][c]), 5)));
    }
    m_table->setVerticalHeaderLabels(rows);
    m_tableTitle->setText(tr("Weights per class"));
  } else {
    return;
  }
  m_tableTitle->show();
  m_table->show();
  m_table->resizeColumnsToContents();
  // As tall as its rows, so the summary below stays in view.
  int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
  for (int r = 0; r < m_table->rowCount(); ++r) height += m_table->rowHeight(r);
  if (m_table->horizontalScrollBar()->isVisible() || m_table->horizontalHeader()->length() > m_table->viewport()->width())
    height += m_table->horizontalScrollBar()->sizeHint().height();
  m_table->setFixedHeight(std::min(height, 420));
}

void InfoPanel::showDiagnostics(const FitFrame& f) {
  if (!f.model || f.model->diagnostics.empty()) {
    m_diagnostics->hide();
    return;
  }
  QStringList lines;
  for (const auto& d : f.model->diagnostics) lines << QStringLiteral("• ") + QString::fromStdString(d.message);
  m_diagnostics->setText(lines.join('\n'));
  m_diagnostics->show();
}

TextTable InfoPanel::coefficientText() const {
  TextTable t;
  if (m_table->isHidden()) return t;
  for (int c = 0; c < m_table->columnCount(); ++c)
    t.columns.push_back(m_table->horizontalHeaderItem(c) ? m_table->horizontalHeaderItem(c)->text().toStdString() : std::string());
  for (int r = 0; r < m_table->rowCount(); ++r) {
    t.rowNames.push_back(m_table->verticalHeaderItem(r) ? m_table->verticalHeaderItem(r)->text().toStdString() : std::string());
    std::vector<std::string> row;
    for (int c = 0; c < m_table->columnCount(); ++c)
      row.push_back(m_table->item(r, c) ? m_table->item(r, c)->text().toStdString() : std::string());
    t.cells.push_back(std::move(row));
  }
  return t;
}

TextTable InfoPanel::metricsText() const {
  TextTable t;
  if (!m_hasScores) return t;
  const bool classification = m_scoreTask == Task::Classification;
  t.columns = classification ? std::vector<std::string>{"n", "accuracy", "log-loss"}
                             : std::vector<std::string>{"n", "MSE", "R²"};
  auto add = [&](const char* name, const Scores& s) {
    const auto a = classification ? s.accuracy : s.mse;
    const auto b = classification ? s.logLoss : s.r2;
    t.rowNames.push_back(name);
    t.cells.push_back({std::to_string(s.n), optional(a, 6).toStdString(), optional(b, 6).toStdString()});
  };
  add("train", m_train);
  if (m_test.n > 0) add("test", m_test);
  return t;
}

QString InfoPanel::format(const TextTable& table, TableFormat format) {
  if (table.empty()) return {};
  switch (format) {
    case TableFormat::Csv: return QString::fromStdString(tableToCsv(table));
    case TableFormat::Markdown: return QString::fromStdString(tableToMarkdown(table));
    case TableFormat::Latex: return QString::fromStdString(tableToLatex(table));
  }
  return {};
}

QString InfoPanel::tableAsCsv() const { return format(coefficientText(), TableFormat::Csv); }
QString InfoPanel::tableAsLatex() const { return format(coefficientText(), TableFormat::Latex); }
QString InfoPanel::tableAsMarkdown() const { return format(coefficientText(), TableFormat::Markdown); }

bool InfoPanel::saveTable(const TextTable& table, const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  const TableFormat f = suffix == "tex" ? TableFormat::Latex
                        : (suffix == "md" || suffix == "markdown") ? TableFormat::Markdown
                                                                    : TableFormat::Csv;
  QSaveFile file(path);
  const QByteArray bytes = format(table, f).toUtf8();
  if (table.empty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
    QMessageBox::warning(this, tr("Save table"),
                         table.empty() ? tr("There is no table to save yet.")
                                       : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
  }
  return true;
}

void InfoPanel::saveTableDialog(bool metrics) {
  const QString path = QFileDialog::getSaveFileName(
      this, metrics ? tr("Save metrics") : tr("Save coefficient table"), metrics ? "metrics.csv" : "coefficients.csv",
      tr("CSV (*.csv);;Markdown (*.md);;LaTeX (*.tex)"));
  if (!path.isEmpty()) saveTable(metrics ? metricsText() : coefficientText(), path);
}

void InfoPanel::showTableMenu(QWidget* source, const QPoint& pos, bool metrics) {
  const TextTable table = metrics ? metricsText() : coefficientText();
  if (table.empty()) return;
  QMenu menu(this);
  const QString what = metrics ? tr("metrics") : tr("table");
  const std::pair<QString, TableFormat> formats[] = {
      {tr("CSV"), TableFormat::Csv}, {tr("Markdown"), TableFormat::Markdown}, {tr("LaTeX"), TableFormat::Latex}};
  for (const auto& [name, f] : formats) {
    menu.addAction(tr("Copy %1 as %2").arg(what, name), this,
                   [table, f = f] { QApplication::clipboard()->setText(format(table, f)); });
  }
  menu.addSeparator();
  menu.addAction(tr("Save %1…").arg(what), this, [this, metrics] { saveTableDialog(metrics); });
  menu.exec(source->mapToGlobal(pos));
}

}  // namespace supex
