#pragma once
// A seeded train/test split that is the same on every machine.
//
// The test part has round(n·testFraction) rows (halves away from zero);
// testFraction must be in [0, 1) and at least one training row must remain.
// Plain split: the row indices 0..n−1 are shuffled by PortableRandom(seed)
// (Fisher–Yates, see portable_random.h) and the first ones go to the test
// part. Stratified split (classification with a target only): the test rows
// are shared among the classes in proportion to their sizes, each class
// getting ⌊T·n_k/n⌋ and the remaining rows going to the largest remainders
// (ties to the lower class index), like scikit-learn's
// StratifiedShuffleSplit but without its random tie-breaking; each class's
// rows are then shuffled, class by class with the one generator, and its
// first ones go to the test part.
// Either way both parts keep the rows in their original order.
#include <cstdint>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"

namespace supex {

struct Split {
  Dataset train;
  Dataset test;
  std::vector<Eigen::Index> trainRows;  // indices into the input, ascending
  std::vector<Eigen::Index> testRows;
};

Result<Split> trainTestSplit(const Dataset& data, double testFraction, std::uint64_t seed, bool stratify = false);

}  // namespace supex
