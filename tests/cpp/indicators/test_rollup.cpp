#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "plan6/indicators/rollup.hpp"

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

struct fixture {
  std::vector<std::int64_t> groups = {0, 0, 1, 1, 1, -1};
  std::vector<double> scores = {1.0, 0.5, 2.0, nan, 0.2, 9.0};
  std::vector<double> weights = {1, 3, 1, 1, 1, 1};
  std::vector<std::int32_t> categories = {0, 1, 1, -1, 2, 0};

  plan6::rollup_input input(std::int32_t worst_k = 2,
                            plan6::worse_end worse = plan6::worse_end::lowest) const {
    const auto n = static_cast<Eigen::Index>(groups.size());
    return {{groups.data(), n, 1},
            2,
            plan6::make_view(scores.data(), n),
            plan6::make_view(weights.data(), n),
            {categories.data(), n, 1},
            3,
            worst_k,
            worse};
  }
};

TEST(Rollup, SummariesByHand) {
  const fixture f;
  const plan6::rollup_result r = plan6::rollup(f.input());
  EXPECT_EQ(r.rows, (std::vector<std::int64_t>{2, 3}));  // row 5 has no group (-1)
  EXPECT_EQ(r.scored, (std::vector<std::int64_t>{2, 2}));
  EXPECT_DOUBLE_EQ(r.mean[0], 0.75);
  EXPECT_DOUBLE_EQ(r.mean[1], 1.1);
  EXPECT_DOUBLE_EQ(r.weighted_mean[0], (1.0 + 1.5) / 4.0);
  EXPECT_DOUBLE_EQ(r.weighted_mean[1], 1.1);
  EXPECT_DOUBLE_EQ(r.worst[0], 0.5);
  EXPECT_DOUBLE_EQ(r.worst[1], 0.2);
  EXPECT_DOUBLE_EQ(r.worst_k_mean[0], 0.75);
  EXPECT_DOUBLE_EQ(r.worst_k_mean[1], 1.1);
  EXPECT_EQ(r.category_counts, (std::vector<std::int64_t>{1, 1, 0, 0, 1, 1}));
  EXPECT_EQ(r.not_comparable, (std::vector<std::int64_t>{0, 1}));
}

TEST(Rollup, WorstEndAndK) {
  const fixture f;
  const plan6::rollup_result high = plan6::rollup(f.input(1, plan6::worse_end::highest));
  EXPECT_DOUBLE_EQ(high.worst[0], 1.0);
  EXPECT_DOUBLE_EQ(high.worst[1], 2.0);
  EXPECT_DOUBLE_EQ(high.worst_k_mean[1], 2.0);
  const plan6::rollup_result one = plan6::rollup(f.input(1));
  EXPECT_DOUBLE_EQ(one.worst_k_mean[0], 0.5);
}

TEST(Rollup, EmptyGroupsHaveNaNScores) {
  const std::vector<std::int64_t> groups = {0};
  const std::vector<double> scores = {1.0};
  const plan6::rollup_input in{{groups.data(), 1, 1},
                               2,
                               plan6::make_view(scores.data(), 1),
                               plan6::make_view(nullptr, 0),
                               {},
                               0,
                               2,
                               plan6::worse_end::lowest};
  const plan6::rollup_result r = plan6::rollup(in);
  EXPECT_EQ(r.rows[1], 0);
  EXPECT_TRUE(std::isnan(r.mean[1]));
  EXPECT_TRUE(std::isnan(r.worst_k_mean[1]));
}

TEST(Rollup, BadInputIsRefused) {
  fixture f;
  f.weights[0] = -1;
  EXPECT_THROW(plan6::rollup(f.input()), std::invalid_argument);
  fixture g;
  g.groups[0] = 2;
  EXPECT_THROW(plan6::rollup(g.input()), std::invalid_argument);
  fixture h;
  h.categories[0] = 3;
  EXPECT_THROW(plan6::rollup(h.input()), std::invalid_argument);
  const fixture k;
  EXPECT_THROW(plan6::rollup(k.input(0)), std::invalid_argument);
}

}  // namespace
