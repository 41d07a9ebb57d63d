#pragma once
// Numbers as text, the same everywhere: parameters, CSV files, JSON, messages.
#include <string>

namespace supex {

// Shortest text that reads back to the same double ("0.1", "1e-10", "inf");
// whole numbers below 2^53 in full ("100000").
std::string formatReal(double value);

}  // namespace supex
