#pragma once
// Parsing and formatting of parameter text against a ParamSpec. Messages
// follow one form: "The 'p' parameter of knn must be > 0. Got -1."
#include <string>
#include <vector>

#include "core/common/number_text.h"
#include "core/common/result.h"
#include "core/models/param_spec.h"

namespace supex {

Result<double> parseReal(const ParamSpec& spec, const std::string& model, const std::string& text);
Result<long long> parseInteger(const ParamSpec& spec, const std::string& model, const std::string& text);
Result<std::string> parseChoice(const ParamSpec& spec, const std::string& model, const std::string& text);
Result<bool> parseFlag(const ParamSpec& spec, const std::string& model, const std::string& text);
// Comma list; every element is checked against [min, max] and must be an
// integer when spec.kind is IntList. An empty list is an error.
Result<std::vector<double>> parseList(const ParamSpec& spec, const std::string& model, const std::string& text);

}  // namespace supex
