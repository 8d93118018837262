#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "plan6/indicators/classify.hpp"

namespace {

using plan6::band_closed;
using plan6::undefined_reason;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

// plan6's default attainment bands of the 1–5 achievement categories.
const std::vector<double> bands = {0.8, 0.95, 1.05, 1.2};

std::int32_t band(double score, band_closed closed = band_closed::left) {
  undefined_reason why = undefined_reason::none;
  return plan6::classify(score, bands, closed, why);
}

TEST(Classify, BandsByHand) {
  EXPECT_EQ(band(426.0 / 320.0), 4);  // 133 %: the top band (category 1)
  EXPECT_EQ(band(1.0), 2);            // 100 %: around the target (category 3)
  EXPECT_EQ(band(0.79), 0);           // below 80 % (category 5)
  EXPECT_EQ(band(-3.0), 0);
}

TEST(Classify, ThresholdsBelongToOneSide) {
  EXPECT_EQ(band(1.2, band_closed::left), 4);
  EXPECT_EQ(band(1.2, band_closed::right), 3);
  EXPECT_EQ(band(0.8, band_closed::left), 1);
  EXPECT_EQ(band(0.8, band_closed::right), 0);
}

TEST(Classify, UnplaceableScoresAreNotComparable) {
  undefined_reason why = undefined_reason::none;
  EXPECT_EQ(plan6::classify(nan, bands, band_closed::left, why), plan6::not_comparable_code);
  EXPECT_EQ(why, undefined_reason::missing_input);
  EXPECT_EQ(plan6::classify(inf, bands, band_closed::left, why), plan6::not_comparable_code);
  EXPECT_EQ(why, undefined_reason::infinite_input);
}

TEST(Classify, Arrays) {
  const std::vector<double> scores = {1.33125, nan, 0.5, 1.0};
  plan6::code_array codes(4);
  plan6::reason_array reasons(4);
  plan6::classify(plan6::make_view(scores.data(), 4), bands, band_closed::left,
                  plan6::code_view(codes.data(), 4), plan6::reason_view(reasons.data(), 4));
  EXPECT_EQ(codes[0], 4);
  EXPECT_EQ(codes[1], -1);
  EXPECT_EQ(codes[2], 0);
  EXPECT_EQ(codes[3], 2);
  EXPECT_EQ(reasons[1], static_cast<std::uint8_t>(undefined_reason::missing_input));
  EXPECT_EQ(reasons[0], 0);
}

TEST(Classify, NoThresholdsIsOneBand) {
  undefined_reason why = undefined_reason::none;
  EXPECT_EQ(plan6::classify(7.0, {}, band_closed::left, why), 0);
}

TEST(Classify, BadThresholdsAreRefused) {
  std::vector<double> scores = {1.0};
  plan6::code_array codes(1);
  for (const std::vector<double>& bad :
       std::vector<std::vector<double>>{{1.0, 0.5}, {1.0, 1.0}, {nan}, {0.0, inf}}) {
    EXPECT_THROW(plan6::classify(plan6::make_view(scores.data(), 1), bad, band_closed::left,
                                 plan6::code_view(codes.data(), 1), plan6::reason_view(nullptr, 0)),
                 std::invalid_argument);
  }
}

}  // namespace
