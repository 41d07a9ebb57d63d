#include "core/models/knn/minkowski.h"

namespace supex {

Minkowski::Minkowski(double p) : m_p(p) {
  if (std::isinf(p)) m_kind = Kind::Max;
  else if (p == 1.0) m_kind = Kind::L1;
  else if (p == 2.0) m_kind = Kind::L2;
  else m_kind = Kind::Pow;
}

double Minkowski::toDistance(double acc) const {
  switch (m_kind) {
    case Kind::L1:
    case Kind::Max: return acc;
    case Kind::L2: return std::sqrt(acc);
    case Kind::Pow: break;
  }
  return std::pow(acc, 1.0 / m_p);
}

double Minkowski::fromDistance(double distance) const {
  switch (m_kind) {
    case Kind::L1:
    case Kind::Max: return distance;
    case Kind::L2: return distance * distance;
    case Kind::Pow: break;
  }
  return std::pow(distance, m_p);
}

}  // namespace supex
