#pragma once
// What must hold for ANY input text given to the data set loader, checked by
// the libFuzzer target (fuzz_csv.cpp) and by the corpus replay test that runs
// in every build (tests/core/test_csv_fuzz_corpus.cpp):
//   - loading returns, for both tasks, without throwing;
//   - a failure is a data error (no columns were requested, so never a usage
//     error) whose message is one line and starts with the file name;
//   - a success has at least one row and one feature, finite values, class
//     indices in range and classes in the contract's order;
//   - a success round-trips: toCsv's text loads to the same data and prints
//     the same text again;
//   - the text, loaded as a --test file against itself, gives the same data.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/data/dataset_io.h"

namespace supex::fuzz {

inline bool sameData(const Dataset& a, const Dataset& b) {
  return a.featureNames == b.featureNames && a.targetName == b.targetName && a.classes == b.classes &&
         a.X.rows() == b.X.rows() && a.X.cols() == b.X.cols() && a.X == b.X && a.y.size() == b.y.size() && a.y == b.y;
}

// The contract's class order, with the loader itself telling whether a class
// string is a number (by loading it as a regression target).
inline bool classOrderHolds(const std::vector<std::string>& classes) {
  bool allNumeric = true;
  std::vector<double> values;
  for (const std::string& c : classes) {
    std::string quoted = "\"";
    for (char ch : c) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    quoted += '"';
    auto r = loadDatasetFromString("x,label\n0," + quoted + "\n", "probe", LoadOptions{});
    if (!r) {
      allNumeric = false;
      break;
    }
    values.push_back(r->y(0));
  }
  for (std::size_t k = 1; k < classes.size(); ++k) {
    if (allNumeric ? !(values[k - 1] < values[k]) : !(classes[k - 1] < classes[k])) return false;
  }
  return true;
}

// Empty when every property holds, else the first that failed.
inline std::string checkCsvProperties(const std::string& text) {
  for (Task task : {Task::Regression, Task::Classification}) {
    LoadOptions options;
    options.task = task;
    auto loaded = loadDatasetFromString(text, "fuzz.csv", options);
    if (!loaded) {
      const Error& e = loaded.error();
      if (e.code != ErrorCode::Data) return "a failure that is not a data error: " + e.message;
      if (e.message.rfind("fuzz.csv", 0) != 0) return "a message without the file name: " + e.message;
      if (e.message.find_first_of("\r\n") != std::string::npos) return "a message of several lines: " + e.message;
      continue;
    }
    const Dataset& d = *loaded;
    if (d.rows() < 1 || d.cols() < 1) return "a success without rows or features";
    if (!d.X.allFinite() || !d.y.allFinite()) return "a non-finite value";
    if (task == Task::Classification) {
      for (Eigen::Index i = 0; i < d.rows(); ++i)
        if (d.y(i) < 0 || d.y(i) >= d.numClasses() || d.y(i) != std::floor(d.y(i))) return "a class index out of range";
      if (!classOrderHolds(d.classes)) return "classes out of order";
    }
    const std::string csv = toCsv(d);
    auto again = loadDatasetFromString(csv, "again.csv", options);
    if (!again) return "toCsv's text does not load: " + again.error().message;
    if (!sameData(d, *again)) return "toCsv's text loads to different data";
    if (toCsv(*again) != csv) return "toCsv is not stable";
    auto asTest = loadTestDatasetFromString(text, "test.csv", d);
    if (!asTest) return "the file does not load as a test file for itself: " + asTest.error().message;
    if (!asTest->hasTarget || !sameData(d, *asTest)) return "the file loads as a test file to different data";
  }
  return {};
}

}  // namespace supex::fuzz
