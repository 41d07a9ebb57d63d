#pragma once
// Small helpers shared by the teaching views' tables: numbers and class
// names as HTML, and typed reads of a fitted model's parameters.
#include <QString>
#include <string>

#include <nlohmann/json.hpp>

namespace supex {

// A number with `digits` significant digits, with a real minus sign.
QString formatNumber(double v, int digits = 4);
// A probability to 4 significant digits that never shows a p strictly
// between 0 and 1 as a certainty: "> 0.9999", not "1".
QString formatProbability(double p);
// A class's name after a square swatch of its Okabe–Ito colour.
QString classSwatch(int k, const std::string& name);
// "(a, b)" of the given numbers.
QString formatVector(const double* v, int n, int digits = 4);

// A model parameter from FittedModel::params, or `fallback` when absent or not of that type.
double paramNumber(const nlohmann::json& params, const char* key, double fallback);
bool paramFlag(const nlohmann::json& params, const char* key, bool fallback);

}  // namespace supex
