#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

#include "plan6/indicators/panel_growth.hpp"
#include "plan6/indicators/undefined_reason.hpp"

namespace {

using plan6::gap_policy;
using plan6::panel_method;
using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

struct panel {
  std::vector<std::int64_t> ids;
  std::vector<std::int64_t> years;
  std::vector<double> values;
  std::vector<std::uint8_t> skip;
};

struct result {
  std::vector<double> values;
  std::vector<std::uint8_t> reasons;
  plan6::panel_growth_info info;
};

result run(const panel& p, gap_policy gaps = gap_policy::strict,
           panel_method method = panel_method::automatic) {
  const auto n = static_cast<Eigen::Index>(p.values.size());
  result r;
  r.values.assign(p.values.size(), -7.0);
  plan6::reason_array reasons(n);
  r.info = plan6::panel_growth<std::int64_t, std::int64_t>(
      {p.ids.data(), n, 1}, {p.years.data(), n, 1}, plan6::make_view(p.values.data(), n),
      {p.skip.data(), static_cast<Eigen::Index>(p.skip.size()), 1}, gaps, method,
      plan6::vector_view(r.values.data(), n), plan6::reason_view(reasons.data(), n));
  r.reasons.assign(reasons.data(), reasons.data() + n);
  return r;
}

std::uint8_t code(undefined_reason why) {
  return static_cast<std::uint8_t>(why);
}

TEST(PanelGrowth, ReportSeriesInAnyOrder) {
  // 就職決定者 273 (FY2010), 324 (FY2011), 351 (FY2012), given out of order.
  const panel p{{15, 15, 15}, {2012, 2010, 2011}, {351, 273, 324}, {}};
  for (const panel_method method : {panel_method::dense, panel_method::sort}) {
    const result r = run(p, gap_policy::strict, method);
    EXPECT_DOUBLE_EQ(r.values[0], 27.0 / 324.0);  // (351 − 324) / 324 by hand
    EXPECT_TRUE(std::isnan(r.values[1]));
    EXPECT_EQ(r.reasons[1], code(undefined_reason::missing_prior_year));
    EXPECT_DOUBLE_EQ(r.values[2], 51.0 / 273.0);  // (324 − 273) / 273
    EXPECT_EQ(r.info.method, method);
  }
}

TEST(PanelGrowth, HolesAreNotBridgedUnlessAsked) {
  const panel p{{1, 1}, {2010, 2012}, {100, 121}, {}};
  for (const panel_method method : {panel_method::dense, panel_method::sort}) {
    const result strict = run(p, gap_policy::strict, method);
    EXPECT_TRUE(std::isnan(strict.values[1]));
    EXPECT_EQ(strict.reasons[1], code(undefined_reason::missing_prior_year));
    const result bridged = run(p, gap_policy::previous_available, method);
    EXPECT_NEAR(bridged.values[1], 0.1, 1e-15);  // (121 / 100)^(1/2) − 1, annualised
    EXPECT_EQ(bridged.reasons[1], 0);
    EXPECT_EQ(bridged.reasons[0], code(undefined_reason::missing_prior_year));
  }
}

TEST(PanelGrowth, PreviousAvailableSkipsMissingValues) {
  const panel p{{1, 1, 1}, {2010, 2011, 2012}, {100, nan, 121}, {}};
  for (const panel_method method : {panel_method::dense, panel_method::sort}) {
    const result r = run(p, gap_policy::previous_available, method);
    EXPECT_EQ(r.reasons[1], code(undefined_reason::missing_input));
    EXPECT_NEAR(r.values[2], 0.1, 1e-15);
    const result strict = run(p, gap_policy::strict, method);
    EXPECT_EQ(strict.reasons[2], code(undefined_reason::missing_input));  // the prior is NaN
  }
}

TEST(PanelGrowth, DuplicatesMakeThemAndTheirSuccessorsUndefined) {
  const panel p{{1, 1, 1, 2}, {2011, 2011, 2012, 2012}, {5, 6, 7, 8}, {}};
  for (const panel_method method : {panel_method::dense, panel_method::sort}) {
    const result r = run(p, gap_policy::strict, method);
    for (int i = 0; i < 3; ++i) {
      EXPECT_TRUE(std::isnan(r.values[static_cast<std::size_t>(i)]));
      EXPECT_EQ(r.reasons[static_cast<std::size_t>(i)], code(undefined_reason::duplicate_key));
    }
    EXPECT_EQ(r.reasons[3], code(undefined_reason::missing_prior_year));
    EXPECT_EQ(r.info.duplicates, 2);
  }
}

TEST(PanelGrowth, GrowthPolicyOnThePrior) {
  const panel p{
      {1, 1, 2, 2, 3, 3, 4, 4}, {1, 2, 1, 2, 1, 2, 1, 2}, {0, 5, -4, 8, inf, 1, 10, -5}, {}};
  for (const panel_method method : {panel_method::dense, panel_method::sort}) {
    const result r = run(p, gap_policy::strict, method);
    EXPECT_EQ(r.reasons[1], code(undefined_reason::zero_base));
    EXPECT_EQ(r.reasons[3], code(undefined_reason::negative_base));
    EXPECT_EQ(r.reasons[4], code(undefined_reason::infinite_input));
    EXPECT_EQ(r.reasons[5], code(undefined_reason::infinite_input));
    EXPECT_DOUBLE_EQ(r.values[7], -1.5);  // 10 → −5: a fall through zero is a defined rate
    for (double v : r.values)
      EXPECT_FALSE(std::isinf(v));
  }
}

TEST(PanelGrowth, SkippedRowsAreMissingAndNobodysPrior) {
  const panel p{{1, 1, 1}, {2010, 2011, 2012}, {100, 110, 121}, {0, 1, 0}};
  const result r = run(p);
  EXPECT_EQ(r.reasons[1], code(undefined_reason::missing_input));
  EXPECT_EQ(r.reasons[2], code(undefined_reason::missing_prior_year));
}

TEST(PanelGrowth, SparseIdsAreRenumberedAndSparseYearsSorted) {
  const std::int64_t big = 1'000'000'000'000;
  const panel ids_sparse{{big, 3 * big, big}, {2011, 2011, 2012}, {10, 20, 15}, {}};
  const result a = run(ids_sparse);
  EXPECT_EQ(a.info.method, panel_method::dense);
  EXPECT_TRUE(a.info.factorized_ids);
  EXPECT_DOUBLE_EQ(a.values[2], 0.5);

  const panel years_sparse{{1, 1}, {0, big}, {10, 15}, {}};
  const result b = run(years_sparse);
  EXPECT_EQ(b.info.method, panel_method::sort);
  EXPECT_EQ(b.reasons[1], code(undefined_reason::missing_prior_year));
  EXPECT_THROW(run(years_sparse, gap_policy::strict, panel_method::dense), std::invalid_argument);

  // Extreme ids and years do not overflow the key arithmetic.
  const std::int64_t lo = std::numeric_limits<std::int64_t>::min();
  const std::int64_t hi = std::numeric_limits<std::int64_t>::max();
  const panel extreme{{lo, lo, hi}, {hi - 1, hi, lo}, {2, 3, 4}, {}};
  const result c = run(extreme);
  EXPECT_DOUBLE_EQ(c.values[1], 0.5);
  EXPECT_EQ(c.reasons[2], code(undefined_reason::missing_prior_year));
}

// An independent O(n²) reference: for each row, look for rows of the same id in the
// previous year (strict policy).
std::pair<double, undefined_reason> naive(const panel& p, std::size_t i) {
  auto count = [&](std::int64_t id, std::int64_t year, std::size_t& at) {
    int c = 0;
    for (std::size_t j = 0; j < p.ids.size(); ++j) {
      if (p.ids[j] == id && p.years[j] == year) {
        ++c;
        at = j;
      }
    }
    return c;
  };
  std::size_t self = 0, prior = 0;
  if (count(p.ids[i], p.years[i], self) > 1) return {nan, undefined_reason::duplicate_key};
  const double v = p.values[i];
  if (std::isnan(v)) return {nan, undefined_reason::missing_input};
  if (std::isinf(v)) return {nan, undefined_reason::infinite_input};
  const int priors = count(p.ids[i], p.years[i] - 1, prior);
  if (priors == 0) return {nan, undefined_reason::missing_prior_year};
  if (priors > 1) return {nan, undefined_reason::duplicate_key};
  const double b = p.values[prior];
  if (std::isnan(b)) return {nan, undefined_reason::missing_input};
  if (std::isinf(b)) return {nan, undefined_reason::infinite_input};
  if (b == 0) return {nan, undefined_reason::zero_base};
  if (b < 0) return {nan, undefined_reason::negative_base};
  return {(v - b) / b, undefined_reason::none};  // the difference first, as documented
}

TEST(PanelGrowth, RandomPanelsMatchANaiveReferenceWithBothMethods) {
  std::mt19937_64 rng(20121);
  for (int round = 0; round < 20; ++round) {
    panel p;
    const int n = 1 + static_cast<int>(rng() % 300);
    std::uniform_int_distribution<std::int64_t> id(0, 12), year(2000, 2015);
    std::uniform_int_distribution<int> kind(0, 19);
    std::uniform_real_distribution<double> value(-50, 500);
    for (int i = 0; i < n; ++i) {
      p.ids.push_back(id(rng));
      p.years.push_back(year(rng));
      const int k = kind(rng);
      p.values.push_back(k == 0 ? nan : k == 1 ? 0.0 : k == 2 ? inf : value(rng));
    }
    const result dense = run(p, gap_policy::strict, panel_method::dense);
    const result sorted = run(p, gap_policy::strict, panel_method::sort);
    for (std::size_t i = 0; i < p.values.size(); ++i) {
      const auto [expected, why] = naive(p, i);
      EXPECT_EQ(dense.reasons[i], code(why)) << "round " << round << " row " << i;
      EXPECT_EQ(sorted.reasons[i], code(why)) << "round " << round << " row " << i;
      if (std::isnan(expected)) {
        EXPECT_TRUE(std::isnan(dense.values[i]));
        EXPECT_TRUE(std::isnan(sorted.values[i]));
      } else {
        EXPECT_EQ(dense.values[i], expected);
        EXPECT_EQ(sorted.values[i], expected);
      }
    }
    const result dense_prev = run(p, gap_policy::previous_available, panel_method::dense);
    const result sorted_prev = run(p, gap_policy::previous_available, panel_method::sort);
    for (std::size_t i = 0; i < p.values.size(); ++i) {
      EXPECT_EQ(dense_prev.reasons[i], sorted_prev.reasons[i]);
      EXPECT_TRUE((std::isnan(dense_prev.values[i]) && std::isnan(sorted_prev.values[i])) ||
                  dense_prev.values[i] == sorted_prev.values[i]);
    }
  }
}

TEST(PanelGrowth, Int32ColumnsStridesAndEmptyInput) {
  // Every other element of interleaved columns (stride 2), with int32 ids and years.
  const std::vector<std::int32_t> ids = {7, -1, 7, -1, 8, -1};
  const std::vector<std::int32_t> years = {2011, 0, 2012, 0, 2012, 0};
  const std::vector<double> values = {100, 0, 110, 0, 5, 0};
  std::vector<double> out(3);
  plan6::panel_growth<std::int32_t, std::int32_t>(
      {ids.data(), 3, 2}, {years.data(), 3, 2}, plan6::make_view(values.data(), 3, 2), {},
      gap_policy::strict, panel_method::automatic, plan6::vector_view(out.data(), 3),
      plan6::reason_view(nullptr, 0));
  EXPECT_NEAR(out[1], 0.1, 1e-15);
  EXPECT_TRUE(std::isnan(out[0]));

  const result empty = run(panel{});
  EXPECT_TRUE(empty.values.empty());
}

TEST(PanelGrowth, MismatchedLengthsAreRefused) {
  const std::vector<std::int64_t> ids = {1, 1};
  const std::vector<std::int64_t> years = {2011};
  const std::vector<double> values = {1, 2};
  std::vector<double> out(2);
  EXPECT_THROW((plan6::panel_growth<std::int64_t, std::int64_t>(
                   {ids.data(), 2, 1}, {years.data(), 1, 1}, plan6::make_view(values.data(), 2), {},
                   gap_policy::strict, panel_method::automatic, plan6::vector_view(out.data(), 2),
                   plan6::reason_view(nullptr, 0))),
               std::invalid_argument);
}

}  // namespace
