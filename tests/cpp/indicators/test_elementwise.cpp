// The branch-free array kernels against their scalar definitions, on every combination of
// special values (NaN, ±inf, ±0, negatives, tiny and huge numbers), contiguous and strided:
// the value must agree, and NaN must come exactly with a reason other than `none`.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <vector>

#include "plan6/indicators/attainment.hpp"
#include "plan6/indicators/cagr.hpp"
#include "plan6/indicators/growth.hpp"
#include "plan6/indicators/growth_ratio.hpp"
#include "plan6/indicators/log_growth.hpp"
#include "plan6/indicators/normalize.hpp"
#include "plan6/indicators/progress.hpp"
#include "plan6/indicators/projection.hpp"
#include "plan6/indicators/required_growth.hpp"

namespace {

using plan6::indicator_value;
using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

const std::vector<double> specials = {nan,  inf,    -inf,   0.0,   -0.0,   1.0,   -1.0, 2.5,
                                      -3.0, 5e-324, 1e-300, 1e300, -1e300, 320.0, 426.0};

bool same(double a, double b) {
  return (std::isnan(a) && std::isnan(b)) || a == b;
}

template <std::size_t N, std::size_t... K>
std::array<plan6::const_vector_view, N> views_of(const std::array<std::vector<double>, N>& columns,
                                                 Eigen::Index n, Eigen::Index stride,
                                                 std::index_sequence<K...>) {
  return {plan6::make_view(columns[K].data(), n, stride)...};
}

// Runs `array_kernel` over every tuple of specials (as N columns) and compares each row with
// `scalar`. Columns are laid out with stride 2 in a second run to exercise the strided loop.
template <std::size_t N>
void check_against_scalar(
    const std::function<void(const std::array<plan6::const_vector_view, N>&, plan6::vector_view,
                             plan6::reason_view)>& array_kernel,
    const std::function<indicator_value(const std::array<double, N>&)>& scalar,
    const std::vector<double>& values = specials) {
  std::vector<std::array<double, N>> rows;
  std::array<std::size_t, N> index{};
  while (true) {
    std::array<double, N> row{};
    for (std::size_t k = 0; k < N; ++k)
      row[k] = values[index[k]];
    rows.push_back(row);
    std::size_t k = 0;
    while (k < N && ++index[k] == values.size())
      index[k++] = 0;
    if (k == N) break;
  }
  const auto n = static_cast<Eigen::Index>(rows.size());
  for (const Eigen::Index stride : {Eigen::Index{1}, Eigen::Index{2}}) {
    std::array<std::vector<double>, N> columns;
    for (std::size_t k = 0; k < N; ++k) {
      columns[k].assign(static_cast<std::size_t>(n * stride), -7.0);
      for (Eigen::Index i = 0; i < n; ++i) {
        columns[k][static_cast<std::size_t>(i * stride)] = rows[static_cast<std::size_t>(i)][k];
      }
    }
    const std::array<plan6::const_vector_view, N> views =
        views_of<N>(columns, n, stride, std::make_index_sequence<N>{});
    std::vector<double> out(static_cast<std::size_t>(n));
    plan6::reason_array reasons(n);
    array_kernel(views, plan6::vector_view(out.data(), n), plan6::reason_view(reasons.data(), n));
    for (Eigen::Index i = 0; i < n; ++i) {
      const auto& row = rows[static_cast<std::size_t>(i)];
      const indicator_value expected = scalar(row);
      const double got = out[static_cast<std::size_t>(i)];
      ASSERT_TRUE(same(got, expected.value)) << "row " << i << " stride " << stride << ": got "
                                             << got << ", scalar " << expected.value;
      ASSERT_EQ(reasons[i], static_cast<std::uint8_t>(expected.reason)) << "row " << i;
      ASSERT_EQ(std::isnan(got), expected.reason != undefined_reason::none) << "row " << i;
      ASSERT_FALSE(std::isinf(got)) << "row " << i;
    }
  }
}

TEST(Elementwise, AttainmentAndGapAgreeWithTheirScalars) {
  using plan6::direction;
  for (const direction dir : {direction::higher_is_better, direction::lower_is_better}) {
    check_against_scalar<2>(
        [dir](const auto& v, auto out, auto why) { plan6::attainment(v[0], v[1], dir, out, why); },
        [dir](const auto& x) { return plan6::attainment(x[0], x[1], dir); });
    check_against_scalar<2>(
        [dir](const auto& v, auto out, auto why) { plan6::gap(v[0], v[1], dir, out, why); },
        [dir](const auto& x) { return plan6::gap(x[0], x[1], dir); });
  }
  check_against_scalar<3>(
      [](const auto& v, auto out, auto why) { plan6::attainment(v[0], v[1], v[2], out, why); },
      [](const auto& x) { return plan6::attainment_by_code(x[0], x[1], x[2]); });
  check_against_scalar<3>(
      [](const auto& v, auto out, auto why) { plan6::gap(v[0], v[1], v[2], out, why); },
      [](const auto& x) { return plan6::gap_by_code(x[0], x[1], x[2]); });
}

TEST(Elementwise, GrowthRatesAgreeWithTheirScalars) {
  check_against_scalar<2>(
      [](const auto& v, auto out, auto why) { plan6::growth(v[0], v[1], out, why); },
      [](const auto& x) { return plan6::growth(x[0], x[1]); });
  check_against_scalar<2>(
      [](const auto& v, auto out, auto why) { plan6::log_growth(v[0], v[1], out, why); },
      [](const auto& x) { return plan6::log_growth(x[0], x[1]); });
  check_against_scalar<3>(
      [](const auto& v, auto out, auto why) { plan6::cagr(v[0], v[1], v[2], out, why); },
      [](const auto& x) { return plan6::cagr(x[0], x[1], x[2]); });
  check_against_scalar<3>(
      [](const auto& v, auto out, auto why) { plan6::required_growth(v[0], v[1], v[2], out, why); },
      [](const auto& x) { return plan6::required_growth(x[0], x[1], x[2]); });
}

TEST(Elementwise, ProgressNormalizeAndProjectionAgreeWithTheirScalars) {
  for (const bool flag : {false, true}) {
    check_against_scalar<4>(
        [flag](const auto& v, auto out, auto why) {
          plan6::progress(v[0], v[1], v[2], v[3], flag, out, why);
        },
        [flag](const auto& x) { return plan6::progress(x[0], x[1], x[2], x[3], flag); });
    check_against_scalar<4>(
        [flag](const auto& v, auto out, auto why) {
          plan6::normalize(v[0], v[1], v[2], v[3], flag, out, why);
        },
        [flag](const auto& x) { return plan6::normalize(x[0], x[1], x[2], x[3], flag); });
  }
  check_against_scalar<4>([](const auto& v, auto out,
                             auto why) { plan6::projection(v[0], v[1], v[2], v[3], out, why); },
                          [](const auto& x) { return plan6::projection(x[0], x[1], x[2], x[3]); });
}

TEST(Elementwise, GrowthRatioAgreesWithItsScalar) {
  // Six inputs: a smaller set of specials keeps the grid at 8^6 rows.
  const std::vector<double> few = {nan, inf, 0.0, -1.0, 0.5, 1.0, 2.0, 1e300};
  check_against_scalar<6>(
      [](const auto& v, auto out, auto why) {
        plan6::growth_ratio(v[0], v[1], v[2], v[3], v[4], v[5], out, why);
      },
      [](const auto& x) { return plan6::growth_ratio(x[0], x[1], x[2], x[3], x[4], x[5]); }, few);
}

TEST(Elementwise, MismatchedLengthsAndReasonBuffersAreRefused) {
  const std::vector<double> a = {1, 2, 3};
  std::vector<double> out(3);
  plan6::reason_array two(2);
  EXPECT_THROW(plan6::growth(plan6::make_view(a.data(), 3), plan6::make_view(a.data(), 3),
                             plan6::vector_view(out.data(), 3), plan6::reason_view(two.data(), 2)),
               std::invalid_argument);
  EXPECT_THROW(plan6::cagr(plan6::make_view(a.data(), 3), plan6::make_view(a.data(), 2),
                           plan6::make_view(a.data(), 3), plan6::vector_view(out.data(), 3),
                           plan6::reason_view(nullptr, 0)),
               std::invalid_argument);
}

}  // namespace
