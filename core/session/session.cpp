#include "core/session/session.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <system_error>

#include "core/data/dataset_io.h"
#include "core/models/registry.h"

namespace supex {
namespace {

using nlohmann::json;

const char* typeName(const json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "true or false";
  if (v.is_number()) return "a number";
  if (v.is_string()) return "a string";
  if (v.is_array()) return "a list";
  return "an object";
}

// A check failed: the reader stops at the first problem, with its message.
struct Problem {
  std::string message;
};

class Reader {
 public:
  explicit Reader(std::string name) : m_name(std::move(name)) {}

  [[noreturn]] void fail(const std::string& text) const { throw Problem{m_name + ": " + text}; }

  const json& key(const json& object, const std::string& path, const std::string& name) const {
    auto it = object.find(name);
    if (it == object.end()) fail("the key '" + join(path, name) + "' is missing.");
    return *it;
  }
  const json* optionalKey(const json& object, const std::string& name) const {
    auto it = object.find(name);
    return it == object.end() || it->is_null() ? nullptr : &*it;
  }
  void expect(const json& v, bool ok, const std::string& path, const char* what) const {
    if (!ok) fail("'" + path + "' must be " + what + ", not " + typeName(v) + ".");
  }
  std::string string(const json& v, const std::string& path) const {
    expect(v, v.is_string(), path, "a string");
    return v.get<std::string>();
  }
  double number(const json& v, const std::string& path) const {
    expect(v, v.is_number(), path, "a number");
    return v.get<double>();
  }
  bool boolean(const json& v, const std::string& path) const {
    expect(v, v.is_boolean(), path, "true or false");
    return v.get<bool>();
  }
  long long integer(const json& v, const std::string& path) const {
    expect(v, v.is_number_integer() || v.is_number_unsigned(), path, "a whole number");
    return v.is_number_unsigned() ? static_cast<long long>(v.get<unsigned long long>()) : v.get<long long>();
  }
  const json& array(const json& v, const std::string& path) const {
    expect(v, v.is_array(), path, "a list");
    return v;
  }
  const json& object(const json& v, const std::string& path) const {
    expect(v, v.is_object(), path, "an object");
    return v;
  }
  std::array<double, 2> range(const json& v, const std::string& path) const {
    array(v, path);
    if (v.size() != 2) fail("'" + path + "' must be a list of two numbers [low, high].");
    const double lo = number(v[0], path + "[0]"), hi = number(v[1], path + "[1]");
    if (!(lo < hi)) fail("'" + path + "' must have low < high; got [" + v[0].dump() + ", " + v[1].dump() + "].");
    return {lo, hi};
  }
  static std::string join(const std::string& path, const std::string& name) {
    return path.empty() ? name : path + "." + name;
  }

 private:
  std::string m_name;
};

// 1-based line and column of byte `offset` in `text`.
std::pair<int, int> lineColumn(const std::string& text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count characters, not UTF-8 continuation bytes
    }
  }
  return {line, column};
}

// nlohmann's parse error text without its "[json.exception…] parse error at
// line L, column C: " prefix (the position is given our own way).
std::string parseReason(const std::string& what) {
  const auto colon = what.find(": ");
  std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
  return reason;
}

Dataset readData(const Reader& r, const json& d, Session& s) {
  r.object(d, "data");
  Dataset data;
  const std::string task = r.string(r.key(d, "data", "task"), "data.task");
  if (task == "classification") data.task = Task::Classification;
  else if (task == "regression") data.task = Task::Regression;
  else r.fail("'data.task' must be classification or regression; got '" + task + "'.");

  const json& features = r.array(r.key(d, "data", "features"), "data.features");
  if (features.empty()) r.fail("'data.features' must name at least one feature.");
  for (std::size_t j = 0; j < features.size(); ++j)
    data.featureNames.push_back(r.string(features[j], "data.features[" + std::to_string(j) + "]"));
  data.targetName = r.string(r.key(d, "data", "target"), "data.target");
  if (const json* name = r.optionalKey(d, "name")) s.dataName = r.string(*name, "data.name");

  if (data.task == Task::Classification) {
    const json& classes = r.array(r.key(d, "data", "classes"), "data.classes");
    std::set<std::string> seen;
    for (std::size_t k = 0; k < classes.size(); ++k) {
      std::string label = r.string(classes[k], "data.classes[" + std::to_string(k) + "]");
      if (!seen.insert(label).second) r.fail("'data.classes' names the class '" + label + "' twice.");
      data.classes.push_back(std::move(label));
    }
  }

  const json& rows = r.array(r.key(d, "data", "rows"), "data.rows");
  const std::size_t d1 = data.featureNames.size() + 1;
  data.X.resize(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(d1 - 1));
  data.y.resize(static_cast<Eigen::Index>(rows.size()));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string at = "data.rows[" + std::to_string(i) + "]";
    r.array(rows[i], at);
    if (rows[i].size() != d1)
      r.fail("'" + at + "' must have " + std::to_string(d1) + " values (the features, then the target); it has " +
             std::to_string(rows[i].size()) + ".");
    const auto row = static_cast<Eigen::Index>(i);
    for (std::size_t j = 0; j + 1 < d1; ++j)
      data.X(row, static_cast<Eigen::Index>(j)) = r.number(rows[i][j], at + "[" + std::to_string(j) + "]");
    const json& target = rows[i][d1 - 1];
    const std::string targetAt = at + "[" + std::to_string(d1 - 1) + "]";
    if (data.task == Task::Classification) {
      // A label is text; a number is accepted when it is written like a class name (1 for "1").
      const std::string label = target.is_number_integer() ? target.dump() : r.string(target, targetAt);
      const auto k = std::find(data.classes.begin(), data.classes.end(), label) - data.classes.begin();
      if (k == static_cast<long>(data.classes.size()))
        r.fail("'" + targetAt + "' is the class '" + label + "', which 'data.classes' does not list.");
      data.y(row) = static_cast<double>(k);
    } else {
      data.y(row) = r.number(target, targetAt);
    }
  }

  s.isTest.assign(rows.size(), false);
  if (const json* test = r.optionalKey(d, "test_rows")) {
    r.array(*test, "data.test_rows");
    for (std::size_t t = 0; t < test->size(); ++t) {
      const long long i = r.integer((*test)[t], "data.test_rows[" + std::to_string(t) + "]");
      if (i < 0 || i >= static_cast<long long>(rows.size()))
        r.fail("'data.test_rows[" + std::to_string(t) + "]' is row " + std::to_string(i) + ", but there are " +
               std::to_string(rows.size()) + " rows (numbered from 0).");
      s.isTest[static_cast<std::size_t>(i)] = true;
    }
  }
  if (const json* share = r.optionalKey(d, "test_share")) {
    s.testShare = r.number(*share, "data.test_share");
    if (!(s.testShare >= 0.0 && s.testShare < 1.0))
      r.fail("'data.test_share' must be at least 0 and below 1; got " + share->dump() + ".");
  }
  if (const json* seed = r.optionalKey(d, "split_seed")) {
    const long long v = r.integer(*seed, "data.split_seed");
    if (v < 0) r.fail("'data.split_seed' must be 0 or more; got " + seed->dump() + ".");
    s.splitSeed = static_cast<std::uint64_t>(v);
  }
  return data;
}

void readModel(const Reader& r, const json& root, Session& s) {
  s.model = r.string(r.key(root, "", "model"), "model");
  const ModelInfo* info = findModel(s.model);
  if (!info) {
    std::string known;
    for (const auto& m : modelRegistry()) known += (known.empty() ? "" : ", ") + m.id;
    r.fail("'model' must be one of " + known + "; got '" + s.model + "'.");
  }
  if (const json* params = r.optionalKey(root, "params")) {
    r.object(*params, "params");
    for (const auto& [key, value] : params->items()) {
      // Numbers are accepted as written (3 or 0.5) as well as text ("3", "inf").
      if (value.is_string()) s.params[key] = value.get<std::string>();
      else if (value.is_number() || value.is_boolean()) s.params[key] = value.dump();
      else r.fail("'params." + key + "' must be a string or a number, not " + typeName(value) + ".");
    }
  }
  auto task = info->taskFor(s.params);
  if (!task) r.fail(task.error().message);
  if (*task != s.data.task)
    r.fail("the model " + s.model + " does " + taskName(*task) + " here, but the data are for " +
           taskName(s.data.task) + ".");
}

void readView(const Reader& r, const json& root, SessionView& v) {
  const json* view = r.optionalKey(root, "view");
  if (!view) return;
  r.object(*view, "view");
  if (const json* x = r.optionalKey(*view, "x_range")) v.xRange = r.range(*x, "view.x_range");
  if (const json* y = r.optionalKey(*view, "y_range")) v.yRange = r.range(*y, "view.y_range");
  if (const json* e = r.optionalKey(*view, "equal_aspect")) v.equalAspect = r.boolean(*e, "view.equal_aspect");
  if (const json* g = r.optionalKey(*view, "grid_cells")) {
    const long long cells = r.integer(*g, "view.grid_cells");
    if (cells < 10 || cells > 2000) r.fail("'view.grid_cells' must be between 10 and 2000; got " + g->dump() + ".");
    v.gridCells = static_cast<int>(cells);
  }
  if (const json* p = r.optionalKey(*view, "presentation")) v.presentation = r.boolean(*p, "view.presentation");
  if (const json* t = r.optionalKey(*view, "teaching_view")) {
    v.teachingView = r.string(*t, "view.teaching_view");
    if (v.teachingView->empty()) r.fail("'view.teaching_view' must name a view, e.g. \"ellipses\"; got \"\".");
  }
}

}  // namespace

std::string sessionToJson(const Session& s) {
  nlohmann::ordered_json root = nlohmann::ordered_json::object();
  root["format_version"] = kSessionFormatVersion;
  if (!s.title.empty()) root["title"] = s.title;
  if (!s.note.empty()) root["note"] = s.note;

  nlohmann::ordered_json data = nlohmann::ordered_json::object();
  if (!s.dataName.empty()) data["name"] = s.dataName;
  data["task"] = s.data.task == Task::Classification ? "classification" : "regression";
  data["features"] = s.data.featureNames;
  data["target"] = s.data.targetName;
  if (s.data.task == Task::Classification) data["classes"] = s.data.classes;
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  nlohmann::ordered_json test = nlohmann::ordered_json::array();
  for (Eigen::Index i = 0; i < s.data.rows(); ++i) {
    nlohmann::ordered_json row = nlohmann::ordered_json::array();
    for (Eigen::Index j = 0; j < s.data.cols(); ++j) row.push_back(s.data.X(i, j));
    if (s.data.task == Task::Classification) row.push_back(s.data.classes.at(static_cast<std::size_t>(s.data.label(i))));
    else row.push_back(s.data.y(i));
    rows.push_back(std::move(row));
    if (static_cast<std::size_t>(i) < s.isTest.size() && s.isTest[static_cast<std::size_t>(i)]) test.push_back(i);
  }
  data["rows"] = "@rows@";
  data["test_rows"] = std::move(test);
  data["test_share"] = s.testShare;
  data["split_seed"] = s.splitSeed;
  root["data"] = std::move(data);

  root["model"] = s.model;
  root["params"] = s.params;
  nlohmann::ordered_json view = nlohmann::ordered_json::object();
  if (s.view.xRange) view["x_range"] = *s.view.xRange;
  if (s.view.yRange) view["y_range"] = *s.view.yRange;
  if (s.view.equalAspect) view["equal_aspect"] = *s.view.equalAspect;
  view["grid_cells"] = s.view.gridCells;
  if (s.view.presentation) view["presentation"] = *s.view.presentation;
  if (s.view.teachingView) view["teaching_view"] = *s.view.teachingView;
  root["view"] = std::move(view);

  // One row per line keeps a big data set readable and diff-able; the rest
  // is indented as usual.
  std::string rowText = "[";
  for (std::size_t i = 0; i < rows.size(); ++i) rowText += (i ? ",\n      " : "\n      ") + rows[i].dump();
  rowText += rows.empty() ? "]" : "\n    ]";
  std::string text = root.dump(2);
  // Matched with its key: inside a JSON string the quotes would be escaped.
  const std::string placeholder = "\"rows\": \"@rows@\"";
  text.replace(text.find(placeholder), placeholder.size(), "\"rows\": " + rowText);
  return text + "\n";
}

Result<Session> parseSession(const std::string& text, const std::string& displayName) {
  const Reader r(displayName);
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    const auto [line, column] = lineColumn(text, e.byte > 0 ? e.byte - 1 : 0);
    return dataError(displayName + ", line " + std::to_string(line) + ", column " + std::to_string(column) +
                     ": not valid JSON (" + parseReason(e.what()) + ").");
  }
  try {
    r.object(root, "the file");
    const long long version = r.integer(r.key(root, "", "format_version"), "format_version");
    if (version > kSessionFormatVersion)
      r.fail("format_version " + std::to_string(version) + " is newer than this program reads (" +
             std::to_string(kSessionFormatVersion) + "); open it with a newer Supervised Explorer.");
    if (version < 1) r.fail("format_version must be 1 or more; got " + std::to_string(version) + ".");
    Session s;
    if (const json* title = r.optionalKey(root, "title")) s.title = r.string(*title, "title");
    if (const json* note = r.optionalKey(root, "note")) s.note = r.string(*note, "note");
    s.data = readData(r, r.key(root, "", "data"), s);
    readModel(r, root, s);
    readView(r, root, s.view);
    return s;
  } catch (const Problem& p) {
    return dataError(p.message);
  } catch (const json::exception& e) {
    // Not expected after the type checks above; reported rather than thrown.
    return dataError(displayName + ": " + e.what());
  }
}

Result<Session> readSession(const std::string& path) {
  auto text = readTextFile(path);
  if (!text) return text.error();
  return parseSession(*text, std::filesystem::path(path).filename().string());
}

Status writeSession(const std::string& path, const Session& session) {
  const std::string text = sessionToJson(session);
  const std::string temporary = path + ".saving";
  auto failure = [&](int err) -> Status {
    std::remove(temporary.c_str());
    return dataError(path + ": cannot write the file (" +
                     (err ? std::generic_category().message(err) : std::string("write error")) + ").");
  };
  errno = 0;
  std::FILE* f = std::fopen(temporary.c_str(), "wb");
  if (!f) return failure(errno);
  const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size() && std::fflush(f) == 0;
  int err = errno;
  if (std::fclose(f) != 0 && !err) err = errno;
  if (!written) return failure(err);
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) return failure(ec.value());
  return Ok{};
}

}  // namespace supex
