#pragma once
// A session: everything needed to reopen exactly what the explorer showed —
// the data set inline, which rows are held out for testing, the model and
// its parameter values, the view, and an optional teacher's note. Saved as
// JSON in a file named *.supex.json (plain JSON, so any editor opens it and
// a teacher can write a lesson by hand). Example, format_version 1:
//
//   {
//     "format_version": 1,
//     "title": "kNN and the Minkowski p",            (optional)
//     "note": "Drag p from 1 to 2 to ∞ …",            (optional, shown above the canvas)
//     "data": {
//       "name": "moons",                              (optional)
//       "task": "classification",                     (or "regression")
//       "features": ["x1", "x2"],
//       "target": "label",
//       "classes": ["0", "1"],                        (classification only)
//       "rows": [[0.5, 0.25, "1"], [1.5, -0.25, "0"]],  (features, then the target:
//                                                     a class label or a number)
//       "test_rows": [1],                             (optional: 0-based rows held out)
//       "test_share": 0.5, "split_seed": 1            (optional: how they were drawn)
//     },
//     "model": "knn",
//     "params": {"k": "15", "p": "2"},                (optional: the values as the
//                                                     CLI's --param text; others default)
//     "view": {                                       (optional, every key too)
//       "x_range": [-1.5, 2.5], "y_range": [-1, 1.5], (absent: frame the data)
//       "equal_aspect": true, "grid_cells": 300, "presentation": false,
//       "teaching_view": "ellipses"                   (the tab of the Views dock in front:
//                                                     training, explain, paths, basis,
//                                                     sampling, ellipses or highdim)
//     }
//   }
//
// Reading checks everything before anything is used, so a damaged file
// changes nothing: errors name the file and the key, e.g.
//   lesson.supex.json, line 3, column 5: not valid JSON (…).
//   lesson.supex.json: the key 'data.rows' is missing.
//   lesson.supex.json: 'data.rows[4][1]' must be a number, not a string.
//   lesson.supex.json: 'model' must be one of knn, ols, …; got 'svm'.
//   lesson.supex.json: format_version 3 is newer than this program reads (1); open it with a newer Supervised Explorer.
// The parameter values are checked by the model's own parameter table.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/param_spec.h"

namespace supex {

// The newest format this program writes and reads.
constexpr int kSessionFormatVersion = 1;
// The file name ending the explorer gives sessions.
constexpr const char* kSessionSuffix = ".supex.json";

struct SessionView {
  std::optional<std::array<double, 2>> xRange, yRange;  // absent: frame the data
  std::optional<bool> equalAspect;                      // absent: the window decides (equal for two features)
  int gridCells = 300;                                  // cells per axis of the full map
  std::optional<bool> presentation;                     // absent: keep the window's mode
  // The teaching view in front (an id of widgets/teaching_view_list.cpp). The
  // core does not know the views; the window says when it has no such view.
  std::optional<std::string> teachingView;
};

struct Session {
  std::string title;  // a lesson's title (may be empty)
  std::string note;   // a teacher's note (may be empty)
  std::string dataName;
  Dataset data;
  std::vector<bool> isTest;  // one flag per row
  double testShare = 0.0;
  std::uint64_t splitSeed = 1;
  std::string model;
  ParamValues params;
  SessionView view;
};

// The session as pretty-printed JSON (numbers in shortest round-trip form).
std::string sessionToJson(const Session& session);
// Parses and checks a session; `displayName` heads the messages.
Result<Session> parseSession(const std::string& text, const std::string& displayName);
// Reads a session file (the messages name the file, not its whole path).
Result<Session> readSession(const std::string& path);
// Writes the file atomically: a temporary file beside it, flushed, then
// renamed over the old one, so a crash leaves the old file or the new one.
Status writeSession(const std::string& path, const Session& session);

}  // namespace supex
