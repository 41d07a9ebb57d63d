#include "widgets/point_document.h"

#include "core/data/split.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace supex {

PointDocument::PointDocument(QObject* parent) : QObject(parent) {
  Dataset empty;
  empty.task = Task::Classification;
  empty.X.resize(0, 2);
  empty.y.resize(0);
  empty.featureNames = {"x1", "x2"};
  empty.targetName = "label";
  empty.classes = {"0", "1"};
  m_data = std::make_shared<const Dataset>(std::move(empty));
  rebuildSubsets();
}

void PointDocument::publish(Dataset data, bool wholeNewSet) {
  m_data = std::make_shared<const Dataset>(std::move(data));
  m_isTest.resize(static_cast<std::size_t>(m_data->rows()), false);
  rebuildSubsets();
  if (wholeNewSet) emit replaced();
  emit changed();
}

void PointDocument::rebuildSubsets() {
  std::vector<Eigen::Index> train, test;
  for (Eigen::Index i = 0; i < m_data->rows(); ++i) (m_isTest[static_cast<std::size_t>(i)] ? test : train).push_back(i);
  m_train = std::make_shared<const Dataset>(m_data->subset(train));
  m_test = std::make_shared<const Dataset>(m_data->subset(test));
}

void PointDocument::setData(Dataset data) {
  m_isTest.assign(static_cast<std::size_t>(data.rows()), false);
  m_data = std::make_shared<const Dataset>(std::move(data));
  drawSplit();
  rebuildSubsets();
  emit replaced();
  emit changed();
}

void PointDocument::restore(std::shared_ptr<const Dataset> data, std::vector<bool> isTest, double testFraction,
                            std::uint64_t seed) {
  const bool wholeNewSet = data != m_data;
  m_data = std::move(data);
  m_isTest = std::move(isTest);
  m_isTest.resize(static_cast<std::size_t>(m_data->rows()), false);
  m_testFraction = testFraction;
  m_splitSeed = seed;
  rebuildSubsets();
  if (wholeNewSet) emit replaced();
  emit changed();
}

void PointDocument::setSplit(double testFraction, std::uint64_t seed) {
  m_testFraction = std::clamp(testFraction, 0.0, 0.9);
  m_splitSeed = seed;
  drawSplit();
  rebuildSubsets();
  emit changed();
}

void PointDocument::drawSplit() {
  // The core's seeded split (core/data/split.h), so a split seen here is the
  // split any other front end computes from the same seed.
  m_isTest.assign(static_cast<std::size_t>(m_data->rows()), false);
  if (m_testFraction <= 0.0 || m_data->rows() < 2) return;
  auto split = trainTestSplit(*m_data, m_testFraction, m_splitSeed);
  if (!split) return;  // e.g. no training row would remain: hold nothing out
  for (Eigen::Index row : split->testRows) m_isTest[static_cast<std::size_t>(row)] = true;
}

QPointF PointDocument::position(int row) const {
  const auto i = static_cast<Eigen::Index>(row);
  if (m_data->cols() >= 2) return {m_data->X(i, 0), m_data->X(i, 1)};
  return {m_data->X(i, 0), m_data->y(i)};
}

PointRow PointDocument::rowAt(QPointF pos, double label) const {
  PointRow r;
  if (m_data->cols() >= 2) {
    r.x = {pos.x(), pos.y()};
    r.y = label;
  } else {
    r.x = {pos.x()};
    r.y = pos.y();
  }
  return r;
}

PointRow PointDocument::row(int index) const {
  const auto i = static_cast<Eigen::Index>(index);
  PointRow r;
  r.x.assign(m_data->cols(), 0.0);
  for (Eigen::Index c = 0; c < m_data->cols(); ++c) r.x[static_cast<std::size_t>(c)] = m_data->X(i, c);
  r.y = m_data->y(i);
  r.test = m_isTest[static_cast<std::size_t>(index)];
  return r;
}

void PointDocument::appendRows(const std::vector<PointRow>& rows) {
  Dataset d = *m_data;
  const Eigen::Index n = d.rows(), add = static_cast<Eigen::Index>(rows.size());
  d.X.conservativeResize(n + add, Eigen::NoChange);
  d.y.conservativeResize(n + add);
  for (Eigen::Index r = 0; r < add; ++r) {
    const PointRow& row = rows[static_cast<std::size_t>(r)];
    for (Eigen::Index c = 0; c < d.cols(); ++c) d.X(n + r, c) = row.x[static_cast<std::size_t>(c)];
    d.y(n + r) = row.y;
    m_isTest.push_back(row.test);
  }
  publish(std::move(d));
}

void PointDocument::removeLastRows(int count) {
  Dataset d = *m_data;
  const Eigen::Index keep = std::max<Eigen::Index>(0, d.rows() - count);
  d.X.conservativeResize(keep, Eigen::NoChange);
  d.y.conservativeResize(keep);
  m_isTest.resize(static_cast<std::size_t>(keep));
  publish(std::move(d));
}

void PointDocument::insertRow(int index, const PointRow& row) {
  const Dataset& old = *m_data;
  Dataset d = old;
  const Eigen::Index n = old.rows(), at = index;
  d.X.resize(n + 1, old.cols());
  d.y.resize(n + 1);
  d.X.topRows(at) = old.X.topRows(at);
  d.y.head(at) = old.y.head(at);
  for (Eigen::Index c = 0; c < old.cols(); ++c) d.X(at, c) = row.x[static_cast<std::size_t>(c)];
  d.y(at) = row.y;
  d.X.bottomRows(n - at) = old.X.bottomRows(n - at);
  d.y.tail(n - at) = old.y.tail(n - at);
  m_isTest.insert(m_isTest.begin() + index, row.test);
  publish(std::move(d));
}

void PointDocument::removeRow(int index) {
  const Dataset& old = *m_data;
  Dataset d = old;
  const Eigen::Index n = old.rows(), at = index;
  d.X.resize(n - 1, old.cols());
  d.y.resize(n - 1);
  d.X.topRows(at) = old.X.topRows(at);
  d.y.head(at) = old.y.head(at);
  d.X.bottomRows(n - at - 1) = old.X.bottomRows(n - at - 1);
  d.y.tail(n - at - 1) = old.y.tail(n - at - 1);
  m_isTest.erase(m_isTest.begin() + index);
  publish(std::move(d));
}

void PointDocument::moveRow(int index, QPointF pos) {
  Dataset d = *m_data;
  const auto i = static_cast<Eigen::Index>(index);
  d.X(i, 0) = pos.x();
  if (d.cols() >= 2) d.X(i, 1) = pos.y();
  else d.y(i) = pos.y();
  publish(std::move(d));
}

void PointDocument::setClasses(std::vector<std::string> classes) {
  Dataset d = *m_data;
  d.classes = std::move(classes);
  publish(std::move(d));
}

std::string PointDocument::newClassName(int k) const {
  long long next = -1;
  bool integers = true;
  for (const auto& c : m_data->classes) {
    try {
      std::size_t used = 0;
      const long long v = std::stoll(c, &used);
      if (used != c.size()) integers = false;
      next = std::max(next, v);
    } catch (...) {
      integers = false;
    }
  }
  if (integers) return std::to_string(next + 1);
  return "class " + std::to_string(k + 1);
}

}  // namespace supex
