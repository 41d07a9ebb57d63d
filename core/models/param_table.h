#pragma once
// ParamTable<P> binds each ParamSpec to one member of a model's plain
// parameter struct P, so parsing, validation, defaults and JSON are all
// derived from the single table. Defaults are P's member initialisers.
#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/result.h"
#include "core/models/param_spec.h"
#include "core/models/param_text.h"

namespace supex {

template <class P>
struct ParamField {
  ParamSpec spec;
  // Parses `text`, checks the domain, and assigns; the error names model and key.
  std::function<Status(P&, const std::string& model, const std::string& text)> set;
  std::function<nlohmann::json(const P&)> get;
  std::function<std::string(const P&)> text;
};

template <class P>
class ParamTable {
 public:
  ParamTable() = default;
  explicit ParamTable(std::vector<ParamField<P>> fields) : m_fields(std::move(fields)) {}

  ParamTable& add(ParamField<P> field) {
    m_fields.push_back(std::move(field));
    return *this;
  }
  const std::vector<ParamField<P>>& fields() const { return m_fields; }

  std::vector<ParamSpec> specs() const {
    std::vector<ParamSpec> out;
    const P defaults{};
    for (const auto& f : m_fields) {
      ParamSpec s = f.spec;
      s.defaultText = f.text(defaults);
      out.push_back(std::move(s));
    }
    return out;
  }

  // Defaults overridden by `values`. An unknown key is a usage error that
  // lists the keys the model does know.
  Result<P> parse(const ParamValues& values, const std::string& model) const {
    P params{};
    for (const auto& [key, text] : values) {
      const ParamField<P>* field = find(key);
      if (!field) {
        std::string known;
        for (const auto& f : m_fields) known += (known.empty() ? "" : ", ") + f.spec.key;
        return usageError("The model " + model + " has no parameter '" + key + "'. Its parameters are: " +
                          known + ".");
      }
      if (Status s = field->set(params, model, text); !s) return s.error();
    }
    return params;
  }

  nlohmann::json toJson(const P& params) const {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& f : m_fields) out[f.spec.key] = f.get(params);
    return out;
  }

  ParamValues toValues(const P& params) const {
    ParamValues out;
    for (const auto& f : m_fields) out[f.spec.key] = f.text(params);
    return out;
  }

 private:
  const ParamField<P>* find(const std::string& key) const {
    for (const auto& f : m_fields)
      if (f.spec.key == key) return &f;
    return nullptr;
  }
  std::vector<ParamField<P>> m_fields;
};

// ---- Builders. `Access` is a callable P& -> T& (a lambda or member pointer
// adaptor), so nested groups such as the basis parameters are shared.

template <class P, class Access>
ParamField<P> realField(ParamSpec spec, Access access) {
  spec.kind = ParamKind::Real;
  ParamField<P> f;
  f.spec = spec;
  f.set = [spec, access](P& p, const std::string& model, const std::string& text) -> Status {
    auto v = parseReal(spec, model, text);
    if (!v) return v.error();
    std::invoke(access, p) = *v;
    return Ok{};
  };
  f.get = [access](const P& p) -> nlohmann::json {
    const double v = std::invoke(access, const_cast<P&>(p));
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    return v;
  };
  f.text = [access](const P& p) { return formatReal(std::invoke(access, const_cast<P&>(p))); };
  return f;
}

template <class P, class Access>
ParamField<P> intField(ParamSpec spec, Access access) {
  spec.kind = ParamKind::Integer;
  ParamField<P> f;
  f.spec = spec;
  f.set = [spec, access](P& p, const std::string& model, const std::string& text) -> Status {
    auto v = parseInteger(spec, model, text);
    if (!v) return v.error();
    std::invoke(access, p) = static_cast<std::remove_reference_t<decltype(std::invoke(access, p))>>(*v);
    return Ok{};
  };
  f.get = [access](const P& p) -> nlohmann::json { return std::invoke(access, const_cast<P&>(p)); };
  f.text = [access](const P& p) { return std::to_string(std::invoke(access, const_cast<P&>(p))); };
  return f;
}

template <class P, class Access>
ParamField<P> choiceField(ParamSpec spec, Access access) {
  spec.kind = ParamKind::Choice;
  ParamField<P> f;
  f.spec = spec;
  f.set = [spec, access](P& p, const std::string& model, const std::string& text) -> Status {
    auto v = parseChoice(spec, model, text);
    if (!v) return v.error();
    std::invoke(access, p) = *v;
    return Ok{};
  };
  f.get = [access](const P& p) -> nlohmann::json { return std::invoke(access, const_cast<P&>(p)); };
  f.text = [access](const P& p) { return std::string(std::invoke(access, const_cast<P&>(p))); };
  return f;
}

template <class P, class Access>
ParamField<P> flagField(ParamSpec spec, Access access) {
  spec.kind = ParamKind::Flag;
  ParamField<P> f;
  f.spec = spec;
  f.set = [spec, access](P& p, const std::string& model, const std::string& text) -> Status {
    auto v = parseFlag(spec, model, text);
    if (!v) return v.error();
    std::invoke(access, p) = *v;
    return Ok{};
  };
  f.get = [access](const P& p) -> nlohmann::json { return std::invoke(access, const_cast<P&>(p)); };
  f.text = [access](const P& p) { return std::string(std::invoke(access, const_cast<P&>(p)) ? "true" : "false"); };
  return f;
}

// Lists: T is std::vector<int> (IntList) or std::vector<double> (RealList).
// An empty list is allowed only if `spec.min` permits "no value" — callers
// that need a non-empty list (hidden, priors) keep the default non-empty or
// check emptiness in the model.
template <class P, class Access>
ParamField<P> listField(ParamSpec spec, Access access) {
  using List = std::remove_reference_t<decltype(std::invoke(access, std::declval<P&>()))>;
  constexpr bool isInt = std::is_same_v<typename List::value_type, int>;
  spec.kind = isInt ? ParamKind::IntList : ParamKind::RealList;
  ParamField<P> f;
  f.spec = spec;
  f.set = [spec, access](P& p, const std::string& model, const std::string& text) -> Status {
    auto v = parseList(spec, model, text);
    if (!v) return v.error();
    List out;
    for (double x : *v) out.push_back(static_cast<typename List::value_type>(x));
    std::invoke(access, p) = out;
    return Ok{};
  };
  f.get = [access](const P& p) -> nlohmann::json { return std::invoke(access, const_cast<P&>(p)); };
  f.text = [access](const P& p) {
    std::string s;
    for (auto x : std::invoke(access, const_cast<P&>(p))) {
      if (!s.empty()) s += ",";
      if constexpr (isInt) s += std::to_string(x); else s += formatReal(x);
    }
    return s;
  };
  return f;
}

}  // namespace supex
