#pragma once
// Result<T>: a value or an Error. The core never throws across its API and
// never prints; callers (CLI, GUI) decide how to show a failure. The error
// codes are the CLI's exit codes, so one mapping serves every front end.
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace supex {

enum class ErrorCode {
  Usage = 2,      // a bad parameter, name or option: the user must change the request
  Data = 3,       // a missing, unreadable or malformed file or data set
  Numerical = 4,  // the mathematics has no answer (singular design, empty class)
  Cancelled = 5,  // a stop was requested; never shown to a user
};

struct Error {
  ErrorCode code;
  std::string message;
};

inline Error usageError(std::string message) { return {ErrorCode::Usage, std::move(message)}; }
inline Error dataError(std::string message) { return {ErrorCode::Data, std::move(message)}; }
inline Error numericalError(std::string message) { return {ErrorCode::Numerical, std::move(message)}; }
inline Error cancelledError() { return {ErrorCode::Cancelled, "Cancelled."}; }

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_state(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  Result(Error error) : m_state(std::move(error)) {}      // NOLINT(google-explicit-constructor)

  bool ok() const { return m_state.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& { assert(ok()); return std::get<0>(m_state); }
  T& value() & { assert(ok()); return std::get<0>(m_state); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(m_state)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(m_state); }

 private:
  std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

}  // namespace supex
