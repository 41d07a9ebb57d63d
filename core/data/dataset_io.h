#pragma once
// Reading and writing data sets as the contract's CSV files
// (docs/cli-contract.md, "Data files").
//
// Columns: the target is the last column unless LoadOptions::target names
// one; the features are every other column, in file order, unless
// LoadOptions::features lists them (in the order given). Only the chosen
// columns are parsed, so an unused text column (an id, a comment) is allowed;
// but every row must have as many fields as the header, and every header
// name must be non-empty and unique.
// Numbers: decimal point '.', optional sign, optional exponent; spaces and
// tabs around them are ignored. NaN and Inf are refused; a number beyond the
// double range (1e999) is refused; one too small for it (1e-999) is the
// nearest double, zero.
// Classification labels: a label that reads as a finite number is that
// number, printed in shortest round-trip form ("1.0" and "1" are the class
// "1", "-0" is "0"); any other text is itself. Class order is numeric when
// every label is a number, else byte-wise lexicographic on the printed forms.
// A label that reads as NaN or Inf is refused like a NaN feature.
//
// Errors, compiler style, with the physical 1-based line (the header is line
// 1 of the file; comment and blank lines count) and the 1-based column index
// of the file:
//   data.csv: cannot open the file (No such file or directory).
//   data.csv: the file is empty.
//   data.csv:1: there is a header but no data rows.
//   data.csv:1:3: column 'x': the name is used twice (also column 1).
//   data.csv:1:2: column 2 of the header has no name.
//   data.csv:5:3: column 'y': the row ends early; it has 2 fields but the header has 3.
//   data.csv:5:4: the row has 4 fields but the header has 3.
//   data.csv:4:2: column 'x2': the value is missing (empty field).
//   data.csv:4:2: column 'x2': 'abc' is not a number.
//   data.csv:4:2: column 'x2': 'nan' is not a finite number; NaN and Inf are not allowed.
//   data.csv:4:2: column 'x2': '1e999' is too large for a double-precision number.
// All of these are data errors (exit code 3), except a target or feature
// name the file lacks, or a contradictory choice of columns, which is a usage
// error (exit code 2): "data.csv: there is no column 'z' for the target; the
// columns are x1, x2, label."
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"

namespace supex {

struct LoadOptions {
  Task task = Task::Regression;
  std::string target;                 // empty: the last column
  std::vector<std::string> features;  // empty: every column but the target
};

Result<Dataset> loadDataset(const std::string& path, const LoadOptions& options);
// The same from text in memory (GUI preview, tests); displayName heads the messages.
Result<Dataset> loadDatasetFromString(const std::string& text, const std::string& displayName,
                                      const LoadOptions& options);

// A --test file: its columns are found by header name (order and extra
// columns do not matter); a feature of `train` that the file lacks is a data
// error. The target column may be absent (then hasTarget = false and y is
// empty). Classification labels are mapped onto train.classes; a label the
// training data did not have is an error naming its line and column.
Result<Dataset> loadTestDataset(const std::string& path, const Dataset& train);
Result<Dataset> loadTestDatasetFromString(const std::string& text, const std::string& displayName,
                                          const Dataset& train);

// Header (features, then the target if present), then one row per line (LF),
// numbers in shortest round-trip form, labels as their class strings, fields
// quoted per RFC 4180 where needed. Loading the text back gives the same data.
std::string toCsv(const Dataset& data);
Status writeCsv(const std::string& path, const Dataset& data);

// The whole file as bytes; "<path>: cannot open the file (...)." on failure.
Result<std::string> readTextFile(const std::string& path);

}  // namespace supex
