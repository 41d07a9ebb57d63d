#include "core/basis/basis.h"

#include <cmath>

namespace supex {
namespace {

// Monomials of total degree `degree` over `inputs` variables as sorted index
// lists (combinations with replacement, lexicographic): scikit-learn's order.
void monomialsOfDegree(int inputs, int degree, int start, std::vector<int>& current,
                       std::vector<std::vector<int>>& out) {
  if (static_cast<int>(current.size()) == degree) {
    out.push_back(current);
    return;
  }
  for (int j = start; j < inputs; ++j) {
    current.push_back(j);
    monomialsOfDegree(inputs, degree, j, current, out);
    current.pop_back();
  }
}

std::string monomialName(const std::vector<int>& m, const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < m.size();) {
    std::size_t j = i;
    while (j < m.size() && m[j] == m[i]) ++j;
    if (!out.empty()) out += " ";
    out += names[static_cast<std::size_t>(m[i])];
    if (j - i > 1) {
      out += '^';
      out += std::to_string(j - i);
    }
    i = j;
  }
  return out;
}

}  // namespace

Result<Basis> Basis::make(const BasisParams& params, const std::vector<std::string>& inputNames) {
  Basis b;
  b.m_params = params;
  b.m_inputs = static_cast<Eigen::Index>(inputNames.size());
  const int d = static_cast<int>(inputNames.size());
  if (params.basis == "none") {
    b.m_names = inputNames;
  } else if (params.basis == "poly") {
    for (int deg = 1; deg <= params.degree; ++deg) {
      std::vector<int> current;
      monomialsOfDegree(d, deg, 0, current, b.m_monomials);
    }
    for (const auto& m : b.m_monomials) b.m_names.push_back(monomialName(m, inputNames));
  } else if (params.basis == "fourier") {
    for (const auto& x : inputNames)
      for (int k = 1; k <= params.degree; ++k) {
        const std::string arg = k == 1 ? x : std::to_string(k) + "*" + x;
        b.m_names.push_back("cos(" + arg + ")");
        b.m_names.push_back("sin(" + arg + ")");
      }
  } else {
    return usageError("Unknown basis '" + params.basis + "'. Use none, poly or fourier.");
  }
  return b;
}

Eigen::MatrixXd Basis::expand(Eigen::Ref<const Eigen::MatrixXd> X) const {
  const Eigen::Index n = X.rows();
  if (m_params.basis == "poly") {
    Eigen::MatrixXd out(n, outputs());
    for (std::size_t c = 0; c < m_monomials.size(); ++c) {
      Eigen::VectorXd col = X.col(m_monomials[c][0]);
      for (std::size_t t = 1; t < m_monomials[c].size(); ++t) col.array() *= X.col(m_monomials[c][t]).array();
      out.col(static_cast<Eigen::Index>(c)) = col;
    }
    return out;
  }
  if (m_params.basis == "fourier") {
    Eigen::MatrixXd out(n, outputs());
    Eigen::Index c = 0;
    for (Eigen::Index j = 0; j < m_inputs; ++j)
      for (int k = 1; k <= m_params.degree; ++k) {
        const Eigen::ArrayXd arg = (k * m_params.omega) * X.col(j).array();
        out.col(c++) = arg.cos().matrix();
        out.col(c++) = arg.sin().matrix();
      }
    return out;
  }
  return X;
}

}  // namespace supex
