#include "core/data/split.h"

#include <algorithm>
#include <cmath>

#include "core/common/portable_random.h"
#include "core/common/number_text.h"

namespace supex {

Result<Split> trainTestSplit(const Dataset& data, double testFraction, std::uint64_t seed, bool stratify) {
  if (!(testFraction >= 0 && testFraction < 1))
    return usageError("The test fraction must be in [0, 1). Got " + formatReal(testFraction) + ".");
  const Eigen::Index n = data.rows();
  if (n < 1) return dataError("The data set has no rows to split.");
  const auto testSize = static_cast<Eigen::Index>(std::llround(static_cast<double>(n) * testFraction));
  if (testSize >= n)
    return usageError("A test fraction of " + formatReal(testFraction) + " leaves no training rows out of " +
                      std::to_string(n) + ".");
  if (stratify && (data.task != Task::Classification || !data.hasTarget))
    return usageError("A stratified split needs a classification data set with its target.");

  PortableRandom rng(seed);
  std::vector<Eigen::Index> test;
  std::vector<Eigen::Index> train;
  if (!stratify) {
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
    rng.shuffle(order);
    test.assign(order.begin(), order.begin() + testSize);
    train.assign(order.begin() + testSize, order.end());
  } else {
    const std::size_t K = static_cast<std::size_t>(std::max(data.numClasses(), 0));
    std::vector<std::vector<Eigen::Index>> members(K);
    for (Eigen::Index i = 0; i < n; ++i) {
      const double v = data.y(i);
      if (!(v >= 0 && v < static_cast<double>(K)))
        return dataError("Row " + std::to_string(i + 1) + " has no valid class; it cannot be stratified.");
      members[static_cast<std::size_t>(v)].push_back(i);
    }
    // Largest-remainder allocation of testSize rows in proportion to the class sizes.
    std::vector<Eigen::Index> quota(K);
    std::vector<Eigen::Index> remainder(K);
    Eigen::Index given = 0;
    for (std::size_t k = 0; k < K; ++k) {
      const auto nk = static_cast<Eigen::Index>(members[k].size());
      quota[k] = testSize * nk / n;
      remainder[k] = testSize * nk % n;
      given += quota[k];
    }
    std::vector<std::size_t> byRemainder(K);
    for (std::size_t k = 0; k < K; ++k) byRemainder[k] = k;
    std::stable_sort(byRemainder.begin(), byRemainder.end(),
                     [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    for (std::size_t r = 0; given < testSize && r < K; ++r) {
      ++quota[byRemainder[r]];
      ++given;
    }
    for (std::size_t k = 0; k < K; ++k) {
      rng.shuffle(members[k]);
      const auto q = static_cast<std::ptrdiff_t>(quota[k]);
      test.insert(test.end(), members[k].begin(), members[k].begin() + q);
      train.insert(train.end(), members[k].begin() + q, members[k].end());
    }
  }
  std::sort(test.begin(), test.end());
  std::sort(train.begin(), train.end());
  Split split;
  split.train = data.subset(train);
  split.test = data.subset(test);
  split.trainRows = std::move(train);
  split.testRows = std::move(test);
  return split;
}

}  // namespace supex
