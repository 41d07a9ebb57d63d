#pragma once
// One declarative description per hyper-parameter. The same table drives the
// GUI's generated controls, the CLI's --param parsing and its error messages,
// session files and the JSON `params` block, so a parameter is described once.
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace supex {

enum class ParamKind {
  Real,     // a real number; `allowInf` also accepts "inf"
  Integer,  // an integer
  Choice,   // one of `choices`
  Flag,     // true / false
  IntList,  // comma list of integers, e.g. hidden=8,8
  RealList, // comma list of reals, e.g. priors=0.3,0.7
};

struct ParamSpec {
  std::string key;    // as on the command line: k, p, lambda, ...
  std::string label;  // for the GUI: "Neighbours k"
  std::string help;   // one sentence with the formula, shown as a tooltip
  ParamKind kind = ParamKind::Real;
  // Domain. Bounds are inclusive unless the matching *Open flag is set.
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
  bool minOpen = false;
  bool maxOpen = false;
  bool allowInf = false;  // Real only: the string "inf" means +infinity
  // GUI range of the slider: always finite, inside the domain.
  double sliderMin = 0.0;
  double sliderMax = 1.0;
  bool logScale = false;
  std::vector<std::string> choices;  // Choice only
  std::string defaultText;           // the default as it would be typed
};

// Parameter values as text, keyed by ParamSpec::key. Text is what the CLI,
// session files and GUI controls have in common; parsing happens in one place.
using ParamValues = std::map<std::string, std::string>;

}  // namespace supex
