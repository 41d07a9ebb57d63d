#pragma once
// A command's failure as the contract wants it shown: one line on stderr and
// the exit code of its kind (2 usage, 3 data, 4 numerical).
#include <string>

#include "core/common/result.h"

namespace supex::cli {

struct Failure {
  int exitCode;
  std::string message;
};

inline Failure failure(const Error& e) { return {static_cast<int>(e.code), e.message}; }
inline Failure usageFailure(std::string message) { return {2, std::move(message)}; }

}  // namespace supex::cli
