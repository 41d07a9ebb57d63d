#include "core/data/dataset_io.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string_view>
#include <system_error>
#include <unordered_map>

#include "core/data/csv_reader.h"
#include "core/common/number_text.h"

namespace supex {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

// ---- numbers ---------------------------------------------------------------

enum class NumberStatus { Ok, Empty, NotANumber, NotFinite, TooLarge };

// Decimal order of magnitude of a number already matched by from_chars'
// pattern ([-]digits[.digits][e[sign]digits]): 2 for "123.4", −3 for "0.0012".
// Used only to tell an overflow from an underflow, so the exponent saturates.
long long decimalMagnitude(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  long long intDigits = 0;
  long long firstNonZero = -1;  // index among all mantissa digits
  long long index = 0;
  bool afterPoint = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.') {
      afterPoint = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    if (!afterPoint) ++intDigits;
    if (firstNonZero < 0 && c != '0') firstNonZero = index;
    ++index;
  }
  long long exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
      exponent = std::min<long long>(exponent * 10 + (s[i] - '0'), 1'000'000'000);
    if (negative) exponent = -exponent;
  }
  if (firstNonZero < 0) return 0;
  return intDigits - 1 - firstNonZero + exponent;
}

NumberStatus parseNumber(std::string_view text, double& out) {
  text = trim(text);
  if (text.empty()) return NumberStatus::Empty;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  if (*first == '+') {
    ++first;
    if (first == last || *first == '-' || *first == '+') return NumberStatus::NotANumber;
  }
  double value = 0;
  const auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec == std::errc::invalid_argument || ptr != last) return NumberStatus::NotANumber;
  if (ec == std::errc::result_out_of_range) {
    if (decimalMagnitude(std::string_view(first, static_cast<std::size_t>(last - first))) >= 0)
      return NumberStatus::TooLarge;
    value = *first == '-' ? -0.0 : 0.0;  // below the smallest subnormal: rounds to zero
  }
  if (!std::isfinite(value)) return NumberStatus::NotFinite;
  out = value;
  return NumberStatus::Ok;
}

std::string inQuotes(std::string_view raw) {
  std::string out(1, '\'');  // not "'" + string: GCC 12 raises a false -Wrestrict on that
  out += printableExcerpt(raw);
  out += '\'';
  return out;
}

std::string numberProblem(NumberStatus status, std::string_view raw) {
  switch (status) {
    case NumberStatus::Empty: return "the value is missing (empty field).";
    case NumberStatus::NotANumber: return inQuotes(raw) + " is not a number.";
    case NumberStatus::NotFinite: return inQuotes(raw) + " is not a finite number; NaN and Inf are not allowed.";
    case NumberStatus::TooLarge: return inQuotes(raw) + " is too large for a double-precision number.";
    case NumberStatus::Ok: break;
  }
  return {};
}

// ---- class labels ----------------------------------------------------------

struct Label {
  std::string text;  // as printed: shortest number form, or the raw text
  bool numeric = false;
  double value = 0;
};

// Ok, Empty, NotFinite or TooLarge; NotANumber is not a failure for a label.
NumberStatus parseLabel(std::string_view raw, Label& label) {
  double v = 0;
  const NumberStatus status = parseNumber(raw, v);
  if (status == NumberStatus::Ok) {
    if (v == 0) v = 0;  // "-0" is the class "0"
    label = {formatReal(v), true, v};
    return status;
  }
  if (status == NumberStatus::NotANumber) {
    label = {std::string(raw), false, 0};
    return NumberStatus::Ok;
  }
  return status;
}

std::string labelProblem(NumberStatus status, std::string_view raw) {
  if (status == NumberStatus::NotFinite)
    return inQuotes(raw) + " is not a valid class label; NaN and Inf are not allowed.";
  return numberProblem(status, raw);
}

// ---- messages --------------------------------------------------------------

std::string lineText(long long line) { return std::to_string(line); }

Error cellError(const std::string& file, const CsvRecord& record, std::size_t column, const std::string& columnName,
                const std::string& what) {
  const long long line = column < record.fieldLines.size() ? record.fieldLines[column] : record.line;
  return dataError(file + ":" + lineText(line) + ":" + std::to_string(column + 1) + ": column " +
                   inQuotes(columnName) + ": " + what);
}

std::string joinNames(const std::vector<std::string>& names, std::size_t maxShown = 12) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < maxShown; ++i) out += (i ? ", " : "") + printableExcerpt(names[i]);
  if (names.size() > maxShown) out += ", ... (" + std::to_string(names.size()) + " in all)";
  return out;
}

// ---- the file's structure --------------------------------------------------

// Records with a valid header (non-empty, unique names) and at least one data row.
Result<std::vector<CsvRecord>> readTable(const std::string& text, const std::string& file) {
  auto parsed = readCsv(text, file);
  if (!parsed) return parsed.error();
  std::vector<CsvRecord> records = std::move(parsed).value();
  if (records.empty()) return dataError(file + ": the file is empty.");
  const CsvRecord& header = records.front();
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t j = 0; j < header.fields.size(); ++j) {
    const std::string& name = header.fields[j];
    const std::string where = file + ":" + lineText(header.fieldLines[j]) + ":" + std::to_string(j + 1) + ": ";
    if (name.empty()) return dataError(where + "column " + std::to_string(j + 1) + " of the header has no name.");
    const auto [it, inserted] = seen.emplace(name, j);
    if (!inserted)
      return dataError(where + "column " + inQuotes(name) + ": the name is used twice (also column " +
                       std::to_string(it->second + 1) + ").");
  }
  if (records.size() == 1) return dataError(file + ":" + lineText(header.line) + ": there is a header but no data rows.");
  return records;
}

Result<Ok> checkWidth(const std::string& file, const CsvRecord& row, const CsvRecord& header) {
  const std::size_t want = header.fields.size();
  const std::size_t have = row.fields.size();
  if (have < want)
    return dataError(file + ":" + lineText(row.fieldLines.back()) + ":" + std::to_string(have + 1) + ": column " +
                     inQuotes(header.fields[have]) + ": the row ends early; it has " + std::to_string(have) +
                     " field" + (have == 1 ? "" : "s") + " but the header has " + std::to_string(want) + ".");
  if (have > want)
    return dataError(file + ":" + lineText(row.fieldLines[want]) + ":" + std::to_string(want + 1) +
                     ": the row has " + std::to_string(have) + " fields but the header has " +
                     std::to_string(want) + ".");
  return Ok{};
}

std::unordered_map<std::string, std::size_t> columnIndex(const CsvRecord& header) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t j = 0; j < header.fields.size(); ++j) index.emplace(header.fields[j], j);
  return index;
}

struct Columns {
  std::vector<std::size_t> features;
  std::size_t target = 0;
};

Result<Columns> chooseColumns(const std::string& file, const CsvRecord& header, const LoadOptions& options) {
  const auto index = columnIndex(header);
  auto lacks = [&](const std::string& name, const char* role) {
    return usageError(file + ": there is no column " + inQuotes(name) + " for the " + role + "; the columns are " +
                      joinNames(header.fields) + ".");
  };
  Columns c;
  if (options.target.empty()) {
    c.target = header.fields.size() - 1;
  } else {
    const auto it = index.find(options.target);
    if (it == index.end()) return lacks(options.target, "target");
    c.target = it->second;
  }
  if (options.features.empty()) {
    for (std::size_t j = 0; j < header.fields.size(); ++j)
      if (j != c.target) c.features.push_back(j);
    if (c.features.empty())
      return dataError(file + ": there are no feature columns; the only column, " + inQuotes(header.fields[c.target]) +
                       ", is the target.");
    return c;
  }
  for (const std::string& name : options.features) {
    const auto it = index.find(name);
    if (it == index.end()) return lacks(name, "features");
    if (it->second == c.target)
      return usageError(file + ": column " + inQuotes(name) + " is the target; it cannot also be a feature.");
    if (std::find(c.features.begin(), c.features.end(), it->second) != c.features.end())
      return usageError(file + ": column " + inQuotes(name) + " is listed twice among the features.");
    c.features.push_back(it->second);
  }
  return c;
}

// Fills row i of X from the chosen columns.
Result<Ok> readFeatures(const std::string& file, const CsvRecord& row, const CsvRecord& header,
                        const std::vector<std::size_t>& columns, Eigen::MatrixXd& X, Eigen::Index i) {
  for (std::size_t f = 0; f < columns.size(); ++f) {
    const std::size_t j = columns[f];
    double v = 0;
    const NumberStatus status = parseNumber(row.fields[j], v);
    if (status != NumberStatus::Ok) return cellError(file, row, j, header.fields[j], numberProblem(status, row.fields[j]));
    X(i, static_cast<Eigen::Index>(f)) = v;
  }
  return Ok{};
}

bool needsQuotes(const std::string& field) {
  if (field.empty()) return true;
  if (isSpace(field.front()) || isSpace(field.back()) || field.front() == '#') return true;
  return field.find_first_of(",\"\r\n") != std::string::npos;
}

void appendField(std::string& out, const std::string& field) {
  if (!needsQuotes(field)) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

Result<std::string> readTextFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return dataError(path + ": this is a folder, not a file.");
  errno = 0;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    const int err = errno;
    return dataError(path + ": cannot open the file (" +
                     (err ? std::generic_category().message(err) : std::string("unknown reason")) + ").");
  }
  std::string text;
  char buffer[65536];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, got);
  const bool failed = std::ferror(f) != 0;
  const int err = errno;
  std::fclose(f);
  if (failed)
    return dataError(path + ": cannot read the file (" +
                     (err ? std::generic_category().message(err) : std::string("read error")) + ").");
  return text;
}

namespace {

// The target cell of one row, as a class label or as a number; the error
// names the file, line, column and what is wrong with the cell.
Result<Label> readLabelCell(const std::string& file, const CsvRecord& row, std::size_t column,
                            const std::string& name) {
  Label label;
  const NumberStatus status = parseLabel(row.fields[column], label);
  if (status != NumberStatus::Ok) return cellError(file, row, column, name, labelProblem(status, row.fields[column]));
  return label;
}

Result<double> readTargetNumber(const std::string& file, const CsvRecord& row, std::size_t column,
                                const std::string& name) {
  double v = 0;
  const NumberStatus status = parseNumber(row.fields[column], v);
  if (status == NumberStatus::Ok) return v;
  std::string what = numberProblem(status, row.fields[column]);
  if (status == NumberStatus::NotANumber) what += " A regression target must be numeric.";
  return cellError(file, row, column, name, what);
}

}  // namespace

Result<Dataset> loadDataset(const std::string& path, const LoadOptions& options) {
  auto text = readTextFile(path);
  if (!text) return text.error();
  return loadDatasetFromString(*text, path, options);
}

Result<Dataset> loadDatasetFromString(const std::string& text, const std::string& file, const LoadOptions& options) {
  auto table = readTable(text, file);
  if (!table) return table.error();
  const std::vector<CsvRecord>& records = *table;
  const CsvRecord& header = records.front();
  auto chosen = chooseColumns(file, header, options);
  if (!chosen) return chosen.error();
  const Columns& columns = *chosen;

  const auto n = static_cast<Eigen::Index>(records.size() - 1);
  Dataset data;
  data.task = options.task;
  data.targetName = header.fields[columns.target];
  for (std::size_t j : columns.features) data.featureNames.push_back(header.fields[j]);
  data.X.resize(n, static_cast<Eigen::Index>(columns.features.size()));
  data.y.resize(n);
  data.hasTarget = true;

  const bool classify = options.task == Task::Classification;
  std::vector<Label> labels;
  if (classify) labels.reserve(static_cast<std::size_t>(n));
  for (Eigen::Index i = 0; i < n; ++i) {
    const CsvRecord& row = records[static_cast<std::size_t>(i) + 1];
    if (auto ok = checkWidth(file, row, header); !ok) return ok.error();
    if (auto ok = readFeatures(file, row, header, columns.features, data.X, i); !ok) return ok.error();
    if (classify) {
      auto label = readLabelCell(file, row, columns.target, data.targetName);
      if (!label) return label.error();
      labels.push_back(std::move(label).value());
    } else {
      auto v = readTargetNumber(file, row, columns.target, data.targetName);
      if (!v) return v.error();
      data.y(i) = *v;
    }
  }

  if (classify) {
    const bool allNumeric = std::all_of(labels.begin(), labels.end(), [](const Label& l) { return l.numeric; });
    std::map<std::string, double> distinct;  // printed form -> numeric value (if any)
    for (const Label& l : labels) distinct.emplace(l.text, l.value);
    std::vector<std::pair<std::string, double>> order(distinct.begin(), distinct.end());  // byte-wise order
    if (allNumeric)
      std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    std::unordered_map<std::string, int> classIndex;
    for (const auto& [text, value] : order) {
      classIndex.emplace(text, static_cast<int>(data.classes.size()));
      data.classes.push_back(text);
    }
    for (Eigen::Index i = 0; i < n; ++i) data.y(i) = classIndex.at(labels[static_cast<std::size_t>(i)].text);
  }
  return data;
}

Result<Dataset> loadTestDataset(const std::string& path, const Dataset& train) {
  auto text = readTextFile(path);
  if (!text) return text.error();
  return loadTestDatasetFromString(*text, path, train);
}

Result<Dataset> loadTestDatasetFromString(const std::string& text, const std::string& file, const Dataset& train) {
  auto table = readTable(text, file);
  if (!table) return table.error();
  const std::vector<CsvRecord>& records = *table;
  const CsvRecord& header = records.front();
  const auto index = columnIndex(header);

  std::vector<std::size_t> features;
  for (const std::string& name : train.featureNames) {
    const auto it = index.find(name);
    if (it == index.end())
      return dataError(file + ":" + lineText(header.line) + ": there is no column " + inQuotes(name) +
                       ", a feature of the training data; the columns are " + joinNames(header.fields) + ".");
    features.push_back(it->second);
  }
  const auto targetIt = index.find(train.targetName);
  const bool hasTarget = targetIt != index.end();
  const std::size_t target = hasTarget ? targetIt->second : 0;

  const auto n = static_cast<Eigen::Index>(records.size() - 1);
  Dataset data;
  data.task = train.task;
  data.featureNames = train.featureNames;
  data.targetName = train.targetName;
  data.classes = train.classes;
  data.hasTarget = hasTarget;
  data.X.resize(n, static_cast<Eigen::Index>(features.size()));
  data.y.resize(hasTarget ? n : 0);

  const bool classify = train.task == Task::Classification;
  std::unordered_map<std::string, int> classIndex;
  for (std::size_t k = 0; k < train.classes.size(); ++k) classIndex.emplace(train.classes[k], static_cast<int>(k));

  for (Eigen::Index i = 0; i < n; ++i) {
    const CsvRecord& row = records[static_cast<std::size_t>(i) + 1];
    if (auto ok = checkWidth(file, row, header); !ok) return ok.error();
    if (auto ok = readFeatures(file, row, header, features, data.X, i); !ok) return ok.error();
    if (!hasTarget) continue;
    if (classify) {
      auto label = readLabelCell(file, row, target, data.targetName);
      if (!label) return label.error();
      const auto it = classIndex.find(label->text);
      if (it == classIndex.end())
        return cellError(file, row, target, data.targetName,
                         inQuotes(row.fields[target]) + " is not a class of the training data (" +
                             joinNames(train.classes) + ").");
      data.y(i) = it->second;
    } else {
      auto v = readTargetNumber(file, row, target, data.targetName);
      if (!v) return v.error();
      data.y(i) = *v;
    }
  }
  return data;
}

std::string toCsv(const Dataset& data) {
  std::string out;
  const Eigen::Index d = data.cols();
  const bool withTarget = data.hasTarget && data.y.size() == data.rows();
  for (Eigen::Index j = 0; j < d; ++j) {
    if (j) out += ',';
    appendField(out, data.featureNames[static_cast<std::size_t>(j)]);
  }
  if (withTarget) {
    if (d) out += ',';
    appendField(out, data.targetName);
  }
  out += '\n';
  const bool classify = data.task == Task::Classification;
  for (Eigen::Index i = 0; i < data.rows(); ++i) {
    for (Eigen::Index j = 0; j < d; ++j) {
      if (j) out += ',';
      out += formatReal(data.X(i, j));
    }
    if (withTarget) {
      if (d) out += ',';
      const double v = data.y(i);
      if (classify && v >= 0 && v < data.numClasses())
        appendField(out, data.classes[static_cast<std::size_t>(v)]);
      else
        out += formatReal(v);
    }
    out += '\n';
  }
  return out;
}

Status writeCsv(const std::string& path, const Dataset& data) {
  const std::string text = toCsv(data);
  errno = 0;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    const int err = errno;
    return dataError(path + ": cannot write the file (" +
                     (err ? std::generic_category().message(err) : std::string("unknown reason")) + ").");
  }
  const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  int err = errno;
  const bool closed = std::fclose(f) == 0;
  if (!closed && !err) err = errno;
  if (!written || !closed)
    return dataError(path + ": cannot write the file (" +
                     (err ? std::generic_category().message(err) : std::string("write error")) + ").");
  return Ok{};
}

}  // namespace supex
