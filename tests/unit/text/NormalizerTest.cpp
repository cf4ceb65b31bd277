#include "text/Normalizer.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace kiroku::text;

namespace {

const std::string kInvalidUtf8[] = {"\xff", "abc\xc3", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80"};

} // namespace

TEST_CASE("names in full-width Latin with an ideographic space normalise like ASCII", "[text]") {
    CHECK(normalizeName("ＹＡＭＡＤＡ　太郎") == "yamada太郎");
    CHECK(normalizeName("yamada太郎") == "yamada太郎");
    CHECK(normalizeName("Yamada Taro") == "yamadataro");
    CHECK(normalizeName("  ERIKSSON\tAnna\u00a0Maria\n") == "erikssonannamaria");
}

TEST_CASE("name normalisation turns half-width katakana into full-width and composes voiced marks", "[text]") {
    CHECK(normalizeName("ﾔﾏﾀﾞ ﾀﾛｳ") == "ヤマダタロウ");
    CHECK(normalizeName("ｶﾞｷﾞｸﾞ") == "ガギグ");
    // A decomposed voiced mark (カ + U+3099) composes to ガ.
    CHECK(normalizeName("\u30ab\u3099") == "ガ");
}

TEST_CASE("name normalisation folds case beyond ASCII and drops invisible characters", "[text]") {
    CHECK(normalizeName("MÜLLER") == normalizeName("müller"));
    CHECK(normalizeName("Straße") == "strasse");
    CHECK(normalizeName("ya\u200bmada") == "yamada");
    // An ideographic variation selector does not make 葛 another name.
    CHECK(normalizeName("葛\U000E0100飾") == "葛飾");
}

TEST_CASE("different names stay different after normalisation", "[text]") {
    CHECK(normalizeName("山田太郎") != normalizeName("山田次郎"));
    CHECK(normalizeName("ヤマダ") != normalizeName("やまだ"));
}

TEST_CASE("kana normalisation makes half-width, full-width katakana and hiragana equal", "[text]") {
    CHECK(normalizeKana("ｶﾀｶﾅ") == "カタカナ");
    CHECK(normalizeKana("カタカナ") == "カタカナ");
    CHECK(normalizeKana("かたかな") == "カタカナ");
    CHECK(normalizeKana("やまだ　たろう") == normalizeKana("ﾔﾏﾀﾞ ﾀﾛｳ"));
    CHECK(normalizeKana("がっこう") == "ガッコウ");
    CHECK(normalizeKana("ヴぁ") == "ヴァ");
    CHECK(normalizeKana("ﾔﾏﾀﾞ") != normalizeKana("ﾔﾏﾀ"));
}

TEST_CASE("kana normalisation gives the same result from many threads at once", "[text]") {
    std::vector<std::thread> threads;
    std::vector<int> wrong(4, 0);
    for (std::size_t t = 0; t < wrong.size(); ++t) {
        threads.emplace_back([&wrong, t] {
            for (int i = 0; i < 500; ++i) {
                if (normalizeKana("やまだ　たろう") != "ヤマダタロウ" || normalizeKana("ｽｽﾞｷ") != "スズキ") {
                    ++wrong[t];
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    CHECK(wrong == std::vector<int>(4, 0));
}

TEST_CASE("document numbers lose spaces and every kind of dash and are upper-cased", "[text]") {
    CHECK(normalizeDocumentNumber("ＴＫ１２３４５６７") == "TK1234567");
    CHECK(normalizeDocumentNumber("tk 1234567") == "TK1234567");
    CHECK(normalizeDocumentNumber("ab-1234-5678-cd") == "AB12345678CD");
    // hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, full-width hyphen-minus,
    // small hyphen-minus, and the prolonged sound mark an IME produces (full and half width).
    for (const std::string_view dash : {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212",
                                        "\uff0d", "\ufe63", "\u30fc", "\uff70", "\u00ad"}) {
        INFO(dash);
        CHECK(normalizeDocumentNumber("1234" + std::string(dash) + "5678") == "12345678");
    }
    CHECK(normalizeDocumentNumber("１２３４　５６７８　９０１２") == "123456789012");
}

TEST_CASE("control, format and line-separator characters are detected in single-line fields", "[text]") {
    CHECK_FALSE(hasControlCharacters("山田 太郎"));
    CHECK_FALSE(hasControlCharacters("東京都新宿区西新宿２－８－１"));
    CHECK_FALSE(hasControlCharacters(""));
    CHECK(hasControlCharacters("a\tb"));
    CHECK(hasControlCharacters("a\nb"));
    CHECK(hasControlCharacters("a\rb"));
    CHECK(hasControlCharacters(std::string("a\0b", 3)));
    CHECK(hasControlCharacters("a\x7f"));
    CHECK(hasControlCharacters("a\u0085"));      // NEL, a C1 control
    CHECK(hasControlCharacters("abc\u202edef")); // right-to-left override
    CHECK(hasControlCharacters("a\u200db"));     // zero-width joiner
    CHECK(hasControlCharacters("\ufeffabc"));    // byte order mark
    CHECK(hasControlCharacters("a\u2028b"));     // line separator
}

TEST_CASE("invalid UTF-8 is an error for every normalisation, and false for the checks", "[text]") {
    for (const std::string& bad : kInvalidUtf8) {
        CHECK_THROWS_AS(normalizeName(bad), std::invalid_argument);
        CHECK_THROWS_AS(normalizeKana(bad), std::invalid_argument);
        CHECK_THROWS_AS(normalizeDocumentNumber(bad), std::invalid_argument);
        CHECK_THROWS_AS(hasControlCharacters(bad), std::invalid_argument);
        CHECK_FALSE(isValidUtf8(bad));
        CHECK_FALSE(isNfc(bad));
    }
}

TEST_CASE("NFC detection tells composed from decomposed text", "[text]") {
    CHECK(isNfc("ガ"));
    CHECK_FALSE(isNfc("\u30ab\u3099"));
    CHECK(isNfc("ｶﾞ")); // half-width forms are NFC; only NFKC changes them
    CHECK(isValidUtf8("山田"));
}
