#pragma once
// Basis expansions φ(x) for the linear models: the same least-squares
// machinery then fits curves.
//   poly, degree D:    every monomial of the inputs of total degree 1..D, in
//                      scikit-learn PolynomialFeatures order (no bias column);
//                      names "x1", "x1^2", "x1 x2".
//   fourier, degree H: for each input x in column order and k = 1..H,
//                      cos(kωx) then sin(kωx); names "cos(x)", "sin(x)",
//                      "cos(2*x)", ... (ω is not shown).
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/models/param_table.h"

namespace supex {

struct BasisParams {
  std::string basis = "none";  // none | poly | fourier
  int degree = 1;              // 1..20
  double omega = 1.0;          // > 0, Fourier only
};

class Basis {
 public:
  static Result<Basis> make(const BasisParams& params, const std::vector<std::string>& inputNames);

  Eigen::MatrixXd expand(Eigen::Ref<const Eigen::MatrixXd> X) const;
  const std::vector<std::string>& names() const { return m_names; }
  Eigen::Index outputs() const { return static_cast<Eigen::Index>(m_names.size()); }
  const BasisParams& params() const { return m_params; }

 private:
  BasisParams m_params;
  Eigen::Index m_inputs = 0;
  std::vector<std::vector<int>> m_monomials;  // poly: input indices, with repetition
  std::vector<std::string> m_names;
};

// Appends basis, degree and omega to a model's table; `access` maps P& to its BasisParams&.
template <class P, class Access>
void addBasisFields(ParamTable<P>& table, Access access) {
  table.add(choiceField<P>({.key = "basis", .label = "Basis",
                            .help = "φ(x): none = the inputs; poly = monomials of degree 1..D; "
                                    "fourier = cos(kωx), sin(kωx) for k = 1..H",
                            .choices = {"none", "poly", "fourier"}},
                           [access](P& p) -> std::string& { return std::invoke(access, p).basis; }));
  table.add(intField<P>({.key = "degree", .label = "Degree D / harmonics H",
                         .help = "Highest total degree (poly) or number of harmonics (fourier)",
                         .min = 1, .max = 20, .sliderMin = 1, .sliderMax = 20},
                        [access](P& p) -> int& { return std::invoke(access, p).degree; }));
  table.add(realField<P>({.key = "omega", .label = "Frequency ω",
                          .help = "Base angular frequency ω of the Fourier basis cos(kωx), sin(kωx)",
                          .min = 0, .minOpen = true, .sliderMin = 0.05, .sliderMax = 20, .logScale = true},
                         [access](P& p) -> double& { return std::invoke(access, p).omega; }));
}

}  // namespace supex
