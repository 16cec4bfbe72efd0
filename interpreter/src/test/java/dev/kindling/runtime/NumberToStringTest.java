/*
 * Number::toString(10): the shortest round-tripping digits in JS's layout (plain up to 21
 * digits, 0.000001 down to 1e-6, exponent form beyond). Each row: the JS expression, its
 * exact double (as bits, so no Java literal rounding gets in the way), and String(x) in node.
 */
package dev.kindling.runtime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberToStringTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("0.1 + 0.2", Double.longBitsToDouble(0x3fd3333333333334L), "0.30000000000000004"),
                Arguments.of("1e21", Double.longBitsToDouble(0x444b1ae4d6e2ef50L), "1e+21"),
                Arguments.of("1e20", Double.longBitsToDouble(0x4415af1d78b58c40L), "100000000000000000000"),
                Arguments.of("123456789012345680000", Double.longBitsToDouble(0x441ac53a7e04bcdaL), "123456789012345680000"),
                Arguments.of("5e-7", Double.longBitsToDouble(0x3ea0c6f7a0b5ed8dL), "5e-7"),
                Arguments.of("0.000001", Double.longBitsToDouble(0x3eb0c6f7a0b5ed8dL), "0.000001"),
                Arguments.of("0.0000015", Double.longBitsToDouble(0x3eb92a737110e454L), "0.0000015"),
                Arguments.of("123e-20", Double.longBitsToDouble(0x3c36b082c2148b8eL), "1.23e-18"),
                Arguments.of("1 / 3", Double.longBitsToDouble(0x3fd5555555555555L), "0.3333333333333333"),
                Arguments.of("-1e-7", Double.longBitsToDouble(0xbe7ad7f29abcaf48L), "-1e-7"),
                Arguments.of("2 ** 53", Double.longBitsToDouble(0x4340000000000000L), "9007199254740992"),
                Arguments.of("2 ** 53 + 2", Double.longBitsToDouble(0x4340000000000001L), "9007199254740994"),
                Arguments.of("1.7976931348623157e308", Double.longBitsToDouble(0x7fefffffffffffffL), "1.7976931348623157e+308"),
                Arguments.of("5e-324", Double.longBitsToDouble(0x0000000000000001L), "5e-324"),
                Arguments.of("-5e-324", Double.longBitsToDouble(0x8000000000000001L), "-5e-324"),
                Arguments.of("0.1", Double.longBitsToDouble(0x3fb999999999999aL), "0.1"),
                Arguments.of("100", Double.longBitsToDouble(0x4059000000000000L), "100"),
                Arguments.of("1.5", Double.longBitsToDouble(0x3ff8000000000000L), "1.5"),
                Arguments.of("-0", Double.longBitsToDouble(0x8000000000000000L), "0"),
                Arguments.of("NaN", Double.longBitsToDouble(0x7ff8000000000000L), "NaN"),
                Arguments.of("Infinity", Double.longBitsToDouble(0x7ff0000000000000L), "Infinity"),
                Arguments.of("-Infinity", Double.longBitsToDouble(0xfff0000000000000L), "-Infinity"),
                Arguments.of("4.35", Double.longBitsToDouble(0x4011666666666666L), "4.35"),
                Arguments.of("0.5", Double.longBitsToDouble(0x3fe0000000000000L), "0.5"),
                Arguments.of("1e-6", Double.longBitsToDouble(0x3eb0c6f7a0b5ed8dL), "0.000001"),
                Arguments.of("1.2345e-7", Double.longBitsToDouble(0x3e8091b5aeffdb8eL), "1.2345e-7"),
                Arguments.of("9007199254740993", Double.longBitsToDouble(0x4340000000000000L), "9007199254740992"),
                Arguments.of("1e100", Double.longBitsToDouble(0x54b249ad2594c37dL), "1e+100"),
                Arguments.of("1.23e+25", Double.longBitsToDouble(0x45245940ac127e09L), "1.23e+25"),
                Arguments.of("2 ** -1074 * 3", Double.longBitsToDouble(0x0000000000000003L), "1.5e-323"),
                Arguments.of("0.1 * 3", Double.longBitsToDouble(0x3fd3333333333334L), "0.30000000000000004"),
                Arguments.of("123.456", Double.longBitsToDouble(0x405edd2f1a9fbe77L), "123.456"),
                Arguments.of("-123.456e10", Double.longBitsToDouble(0xc271f7182a000000L), "-1234560000000"),
                Arguments.of("4294967296.5", Double.longBitsToDouble(0x41f0000000080000L), "4294967296.5"),
                Arguments.of("1e15 + 0.3", Double.longBitsToDouble(0x430c6bf526340002L), "1000000000000000.2"),
                Arguments.of("2.5e-5", Double.longBitsToDouble(0x3efa36e2eb1c432dL), "0.000025"),
                Arguments.of("98765432109876543210", Double.longBitsToDouble(0x44156a9534e3949aL), "98765432109876540000")
        );
    }

    @ParameterizedTest(name = "String({0}) is {2}")
    @MethodSource("cases")
    void printsShortestDigitsAsNodeDoes(String js, double value, String expected) {
        assertEquals(expected, NumberToString.toString(value), js);
        assertEquals(expected, Conversions.toString(Numbers.normalize(value)), js);
    }
}
