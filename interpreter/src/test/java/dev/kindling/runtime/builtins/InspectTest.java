/*
 * util.inspect as console.log uses it: primitives, quoting, arrays (holes, sparse arrays, grouping into columns, more than 100 items), objects (key quoting, depth, line breaking), circular references, accessors, functions, constructor prefixes, null prototypes, errors and wrappers.
 *
 * Each row: a JS expression; Java that builds the same object graph in a Kindling realm
 * (generated from the value node made, so cycles, holes, accessors and hidden properties
 * are all there); and node v20's output for it, copied verbatim.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Realm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static dev.kindling.runtime.builtins.ValueBuilder.NULL;
import static dev.kindling.runtime.builtins.ValueBuilder.U;
import static org.junit.jupiter.api.Assertions.assertEquals;

class InspectTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                row("1", b -> 1, "1"),
                row("-0", b -> -0.0, "-0"),
                row("0", b -> 0, "0"),
                row("1.5", b -> 1.5, "1.5"),
                row("-1e21", b -> -1e+21, "-1e+21"),
                row("1e21", b -> 1e+21, "1e+21"),
                row("5e-7", b -> 5e-7, "5e-7"),
                row("0.1 + 0.2", b -> 0.30000000000000004, "0.30000000000000004"),
                row("NaN", b -> Double.NaN, "NaN"),
                row("-Infinity", b -> Double.NEGATIVE_INFINITY, "-Infinity"),
                row("2 ** 53", b -> 9007199254740992.0, "9007199254740992"),
                row("\"str\"", b -> "str", "'str'"),
                row("\"it's\"", b -> "it's", "\"it's\""),
                row("\"say \\\"hi\\\" it's\"", b -> "say \"hi\" it's", "`say \"hi\" it's`"),
                row("\"a'b\\\"c`d\"", b -> "a'b\"c`d", "'a\\'b\"c`d'"),
                row("\"tab\\there\"", b -> "tab\there", "'tab\\there'"),
                row("\"nl\\nx\"", b -> "nl\nx", "'nl\\nx'"),
                row("\"back\\\\slash\"", b -> "back\\slash", "'back\\\\slash'"),
                row("\"\\u0001\\u007f\\u009f\"", b -> "\u0001\u007f\u009f", "'\\x01\\x7F\\x9F'"),
                row("\"\\ud800 lone\"", b -> "\ud800 lone", "'\\ud800 lone'"),
                row("\"emoji \ud83d\ude00\"", b -> "emoji \ud83d\ude00", "'emoji \ud83d\ude00'"),
                row("undefined", b -> U, "undefined"),
                row("null", b -> NULL, "null"),
                row("true", b -> true, "true"),
                row("[]", b -> {
                    b.array(1, 0);
                    b.setPrototype(1, b.intrinsic("AP"));
                    return b.ref(1);
                }, "[]"),
                row("[1, 2, 3]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 1, 2);
                    b.element(1, 2, 3);
                    return b.ref(1);
                }, "[ 1, 2, 3 ]"),
                row("[1, , 3]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 2, 3);
                    return b.ref(1);
                }, "[ 1, <1 empty item>, 3 ]"),
                row("[, , 1, , ]", b -> {
                    b.array(1, 4);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 2, 1);
                    return b.ref(1);
                }, "[ <2 empty items>, 1, <1 empty item> ]"),
                row("new Array(5)", b -> {
                    b.array(1, 5);
                    b.setPrototype(1, b.intrinsic("AP"));
                    return b.ref(1);
                }, "[ <5 empty items> ]"),
                row("[undefined, null]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, U);
                    b.element(1, 1, NULL);
                    return b.ref(1);
                }, "[ undefined, null ]"),
                row("[\"a\", \"b\"]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "a");
                    b.element(1, 1, "b");
                    return b.ref(1);
                }, "[ 'a', 'b' ]"),
                row("[[1, [2, [3, [4, [5]]]]]]", b -> {
                    b.array(1, 1);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.array(2, 2);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, 1);
                    b.array(3, 2);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 2);
                    b.array(4, 2);
                    b.setPrototype(4, b.intrinsic("AP"));
                    b.element(4, 0, 3);
                    b.array(5, 2);
                    b.setPrototype(5, b.intrinsic("AP"));
                    b.element(5, 0, 4);
                    b.array(6, 1);
                    b.setPrototype(6, b.intrinsic("AP"));
                    b.element(6, 0, 5);
                    b.element(5, 1, b.ref(6));
                    b.element(4, 1, b.ref(5));
                    b.element(3, 1, b.ref(4));
                    b.element(2, 1, b.ref(3));
                    b.element(1, 0, b.ref(2));
                    return b.ref(1);
                }, "[ [ 1, [ 2, [Array] ] ] ]"),
                row("[{}, []]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.element(1, 0, b.ref(2));
                    b.array(3, 0);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(1, 1, b.ref(3));
                    return b.ref(1);
                }, "[ {}, [] ]"),
                row("Object.assign([1, 2], { foo: 'bar' })", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 1, 2);
                    b.property(1, "foo", "bar", "ECW");
                    return b.ref(1);
                }, "[ 1, 2, foo: 'bar' ]"),
                row("Object.assign([], { 'a-b': 1 })", b -> {
                    b.array(1, 0);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.property(1, "a-b", 1, "ECW");
                    return b.ref(1);
                }, "[ 'a-b': 1 ]"),
                row("Object.assign([1, , 3], { x: 1 })", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 2, 3);
                    b.property(1, "x", 1, "ECW");
                    return b.ref(1);
                }, "[ 1, <1 empty item>, 3, x: 1 ]"),
                row("[0,1,2,3,4,5,6]", b -> {
                    b.array(1, 7);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    b.element(1, 3, 3);
                    b.element(1, 4, 4);
                    b.element(1, 5, 5);
                    b.element(1, 6, 6);
                    return b.ref(1);
                }, "[\n  0, 1, 2, 3,\n  4, 5, 6\n]"),
                row("[0,11,22,33,44,55,66,77]", b -> {
                    b.array(1, 8);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 11);
                    b.element(1, 2, 22);
                    b.element(1, 3, 33);
                    b.element(1, 4, 44);
                    b.element(1, 5, 55);
                    b.element(1, 6, 66);
                    b.element(1, 7, 77);
                    return b.ref(1);
                }, "[\n   0, 11, 22, 33,\n  44, 55, 66, 77\n]"),
                row("[0,123,246,369,492,615,738,861,984,1107,1230,1353]", b -> {
                    b.array(1, 12);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 123);
                    b.element(1, 2, 246);
                    b.element(1, 3, 369);
                    b.element(1, 4, 492);
                    b.element(1, 5, 615);
                    b.element(1, 6, 738);
                    b.element(1, 7, 861);
                    b.element(1, 8, 984);
                    b.element(1, 9, 1107);
                    b.element(1, 10, 1230);
                    b.element(1, 11, 1353);
                    return b.ref(1);
                }, "[\n    0,  123,  246,  369,\n  492,  615,  738,  861,\n  984, 1107, 1230, 1353\n]"),
                row("[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]", b -> {
                    b.array(1, 20);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    b.element(1, 3, 3);
                    b.element(1, 4, 4);
                    b.element(1, 5, 5);
                    b.element(1, 6, 6);
                    b.element(1, 7, 7);
                    b.element(1, 8, 8);
                    b.element(1, 9, 9);
                    b.element(1, 10, 10);
                    b.element(1, 11, 11);
                    b.element(1, 12, 12);
                    b.element(1, 13, 13);
                    b.element(1, 14, 14);
                    b.element(1, 15, 15);
                    b.element(1, 16, 16);
                    b.element(1, 17, 17);
                    b.element(1, 18, 18);
                    b.element(1, 19, 19);
                    return b.ref(1);
                }, "[\n   0,  1,  2,  3,  4,  5,  6,\n   7,  8,  9, 10, 11, 12, 13,\n  14, 15, 16, 17, 18, 19\n]"),
                row("[0,1000,2000,3000,4000,5000,6000,7000,8000,9000,10000,11000,12000,13000,14000,15000,16000,17000,18000,19000,20000,21000,22000,23000,24000,25000]", b -> {
                    b.array(1, 26);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1000);
                    b.element(1, 2, 2000);
                    b.element(1, 3, 3000);
                    b.element(1, 4, 4000);
                    b.element(1, 5, 5000);
                    b.element(1, 6, 6000);
                    b.element(1, 7, 7000);
                    b.element(1, 8, 8000);
                    b.element(1, 9, 9000);
                    b.element(1, 10, 10000);
                    b.element(1, 11, 11000);
                    b.element(1, 12, 12000);
                    b.element(1, 13, 13000);
                    b.element(1, 14, 14000);
                    b.element(1, 15, 15000);
                    b.element(1, 16, 16000);
                    b.element(1, 17, 17000);
                    b.element(1, 18, 18000);
                    b.element(1, 19, 19000);
                    b.element(1, 20, 20000);
                    b.element(1, 21, 21000);
                    b.element(1, 22, 22000);
                    b.element(1, 23, 23000);
                    b.element(1, 24, 24000);
                    b.element(1, 25, 25000);
                    return b.ref(1);
                }, "[\n      0,  1000,  2000,  3000,\n   4000,  5000,  6000,  7000,\n   8000,  9000, 10000, 11000,\n  12000, 13000, 14000, 15000,\n  16000, 17000, 18000, 19000,\n  20000, 21000, 22000, 23000,\n  24000, 25000\n]"),
                row("[0,919,838,757,676,595,514,433,352,271,190,109,28,947,866,785,704,623,542,461,380,299,218,137,56,975,894,813,732,651]", b -> {
                    b.array(1, 30);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 919);
                    b.element(1, 2, 838);
                    b.element(1, 3, 757);
                    b.element(1, 4, 676);
                    b.element(1, 5, 595);
                    b.element(1, 6, 514);
                    b.element(1, 7, 433);
                    b.element(1, 8, 352);
                    b.element(1, 9, 271);
                    b.element(1, 10, 190);
                    b.element(1, 11, 109);
                    b.element(1, 12, 28);
                    b.element(1, 13, 947);
                    b.element(1, 14, 866);
                    b.element(1, 15, 785);
                    b.element(1, 16, 704);
                    b.element(1, 17, 623);
                    b.element(1, 18, 542);
                    b.element(1, 19, 461);
                    b.element(1, 20, 380);
                    b.element(1, 21, 299);
                    b.element(1, 22, 218);
                    b.element(1, 23, 137);
                    b.element(1, 24, 56);
                    b.element(1, 25, 975);
                    b.element(1, 26, 894);
                    b.element(1, 27, 813);
                    b.element(1, 28, 732);
                    b.element(1, 29, 651);
                    return b.ref(1);
                }, "[\n    0, 919, 838, 757, 676, 595, 514,\n  433, 352, 271, 190, 109,  28, 947,\n  866, 785, 704, 623, 542, 461, 380,\n  299, 218, 137,  56, 975, 894, 813,\n  732, 651\n]"),
                row("[0,100000,2,300000,4,500000,6,700000,8,900000,10,1100000,12,1300000,14,1500000]", b -> {
                    b.array(1, 16);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 100000);
                    b.element(1, 2, 2);
                    b.element(1, 3, 300000);
                    b.element(1, 4, 4);
                    b.element(1, 5, 500000);
                    b.element(1, 6, 6);
                    b.element(1, 7, 700000);
                    b.element(1, 8, 8);
                    b.element(1, 9, 900000);
                    b.element(1, 10, 10);
                    b.element(1, 11, 1100000);
                    b.element(1, 12, 12);
                    b.element(1, 13, 1300000);
                    b.element(1, 14, 14);
                    b.element(1, 15, 1500000);
                    return b.ref(1);
                }, "[\n        0,  100000,       2,\n   300000,       4,  500000,\n        6,  700000,       8,\n   900000,      10, 1100000,\n       12, 1300000,      14,\n  1500000\n]"),
                row("[0,-1.5,-3,-4.5,-6,-7.5,-9,-10.5,-12,-13.5,-15,-16.5,-18,-19.5,-21,-22.5,-24,-25.5,-27,-28.5,-30,-31.5,-33,-34.5,-36,-37.5,-39]", b -> {
                    b.array(1, 27);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, -1.5);
                    b.element(1, 2, -3);
                    b.element(1, 3, -4.5);
                    b.element(1, 4, -6);
                    b.element(1, 5, -7.5);
                    b.element(1, 6, -9);
                    b.element(1, 7, -10.5);
                    b.element(1, 8, -12);
                    b.element(1, 9, -13.5);
                    b.element(1, 10, -15);
                    b.element(1, 11, -16.5);
                    b.element(1, 12, -18);
                    b.element(1, 13, -19.5);
                    b.element(1, 14, -21);
                    b.element(1, 15, -22.5);
                    b.element(1, 16, -24);
                    b.element(1, 17, -25.5);
                    b.element(1, 18, -27);
                    b.element(1, 19, -28.5);
                    b.element(1, 20, -30);
                    b.element(1, 21, -31.5);
                    b.element(1, 22, -33);
                    b.element(1, 23, -34.5);
                    b.element(1, 24, -36);
                    b.element(1, 25, -37.5);
                    b.element(1, 26, -39);
                    return b.ref(1);
                }, "[\n      0,  -1.5,    -3,  -4.5,    -6,\n   -7.5,    -9, -10.5,   -12, -13.5,\n    -15, -16.5,   -18, -19.5,   -21,\n  -22.5,   -24, -25.5,   -27, -28.5,\n    -30, -31.5,   -33, -34.5,   -36,\n  -37.5,   -39\n]"),
                row("[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]", b -> {
                    b.array(1, 101);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    b.element(1, 3, 3);
                    b.element(1, 4, 4);
                    b.element(1, 5, 5);
                    b.element(1, 6, 6);
                    b.element(1, 7, 7);
                    b.element(1, 8, 8);
                    b.element(1, 9, 9);
                    b.element(1, 10, 10);
                    b.element(1, 11, 11);
                    b.element(1, 12, 12);
                    b.element(1, 13, 13);
                    b.element(1, 14, 14);
                    b.element(1, 15, 15);
                    b.element(1, 16, 16);
                    b.element(1, 17, 17);
                    b.element(1, 18, 18);
                    b.element(1, 19, 19);
                    b.element(1, 20, 20);
                    b.element(1, 21, 21);
                    b.element(1, 22, 22);
                    b.element(1, 23, 23);
                    b.element(1, 24, 24);
                    b.element(1, 25, 25);
                    b.element(1, 26, 26);
                    b.element(1, 27, 27);
                    b.element(1, 28, 28);
                    b.element(1, 29, 29);
                    b.element(1, 30, 30);
                    b.element(1, 31, 31);
                    b.element(1, 32, 32);
                    b.element(1, 33, 33);
                    b.element(1, 34, 34);
                    b.element(1, 35, 35);
                    b.element(1, 36, 36);
                    b.element(1, 37, 37);
                    b.element(1, 38, 38);
                    b.element(1, 39, 39);
                    b.element(1, 40, 40);
                    b.element(1, 41, 41);
                    b.element(1, 42, 42);
                    b.element(1, 43, 43);
                    b.element(1, 44, 44);
                    b.element(1, 45, 45);
                    b.element(1, 46, 46);
                    b.element(1, 47, 47);
                    b.element(1, 48, 48);
                    b.element(1, 49, 49);
                    b.element(1, 50, 50);
                    b.element(1, 51, 51);
                    b.element(1, 52, 52);
                    b.element(1, 53, 53);
                    b.element(1, 54, 54);
                    b.element(1, 55, 55);
                    b.element(1, 56, 56);
                    b.element(1, 57, 57);
                    b.element(1, 58, 58);
                    b.element(1, 59, 59);
                    b.element(1, 60, 60);
                    b.element(1, 61, 61);
                    b.element(1, 62, 62);
                    b.element(1, 63, 63);
                    b.element(1, 64, 64);
                    b.element(1, 65, 65);
                    b.element(1, 66, 66);
                    b.element(1, 67, 67);
                    b.element(1, 68, 68);
                    b.element(1, 69, 69);
                    b.element(1, 70, 70);
                    b.element(1, 71, 71);
                    b.element(1, 72, 72);
                    b.element(1, 73, 73);
                    b.element(1, 74, 74);
                    b.element(1, 75, 75);
                    b.element(1, 76, 76);
                    b.element(1, 77, 77);
                    b.element(1, 78, 78);
                    b.element(1, 79, 79);
                    b.element(1, 80, 80);
                    b.element(1, 81, 81);
                    b.element(1, 82, 82);
                    b.element(1, 83, 83);
                    b.element(1, 84, 84);
                    b.element(1, 85, 85);
                    b.element(1, 86, 86);
                    b.element(1, 87, 87);
                    b.element(1, 88, 88);
                    b.element(1, 89, 89);
                    b.element(1, 90, 90);
                    b.element(1, 91, 91);
                    b.element(1, 92, 92);
                    b.element(1, 93, 93);
                    b.element(1, 94, 94);
                    b.element(1, 95, 95);
                    b.element(1, 96, 96);
                    b.element(1, 97, 97);
                    b.element(1, 98, 98);
                    b.element(1, 99, 99);
                    b.element(1, 100, 100);
                    return b.ref(1);
                }, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]"),
                row("[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149]", b -> {
                    b.array(1, 150);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    b.element(1, 3, 3);
                    b.element(1, 4, 4);
                    b.element(1, 5, 5);
                    b.element(1, 6, 6);
                    b.element(1, 7, 7);
                    b.element(1, 8, 8);
                    b.element(1, 9, 9);
                    b.element(1, 10, 10);
                    b.element(1, 11, 11);
                    b.element(1, 12, 12);
                    b.element(1, 13, 13);
                    b.element(1, 14, 14);
                    b.element(1, 15, 15);
                    b.element(1, 16, 16);
                    b.element(1, 17, 17);
                    b.element(1, 18, 18);
                    b.element(1, 19, 19);
                    b.element(1, 20, 20);
                    b.element(1, 21, 21);
                    b.element(1, 22, 22);
                    b.element(1, 23, 23);
                    b.element(1, 24, 24);
                    b.element(1, 25, 25);
                    b.element(1, 26, 26);
                    b.element(1, 27, 27);
                    b.element(1, 28, 28);
                    b.element(1, 29, 29);
                    b.element(1, 30, 30);
                    b.element(1, 31, 31);
                    b.element(1, 32, 32);
                    b.element(1, 33, 33);
                    b.element(1, 34, 34);
                    b.element(1, 35, 35);
                    b.element(1, 36, 36);
                    b.element(1, 37, 37);
                    b.element(1, 38, 38);
                    b.element(1, 39, 39);
                    b.element(1, 40, 40);
                    b.element(1, 41, 41);
                    b.element(1, 42, 42);
                    b.element(1, 43, 43);
                    b.element(1, 44, 44);
                    b.element(1, 45, 45);
                    b.element(1, 46, 46);
                    b.element(1, 47, 47);
                    b.element(1, 48, 48);
                    b.element(1, 49, 49);
                    b.element(1, 50, 50);
                    b.element(1, 51, 51);
                    b.element(1, 52, 52);
                    b.element(1, 53, 53);
                    b.element(1, 54, 54);
                    b.element(1, 55, 55);
                    b.element(1, 56, 56);
                    b.element(1, 57, 57);
                    b.element(1, 58, 58);
                    b.element(1, 59, 59);
                    b.element(1, 60, 60);
                    b.element(1, 61, 61);
                    b.element(1, 62, 62);
                    b.element(1, 63, 63);
                    b.element(1, 64, 64);
                    b.element(1, 65, 65);
                    b.element(1, 66, 66);
                    b.element(1, 67, 67);
                    b.element(1, 68, 68);
                    b.element(1, 69, 69);
                    b.element(1, 70, 70);
                    b.element(1, 71, 71);
                    b.element(1, 72, 72);
                    b.element(1, 73, 73);
                    b.element(1, 74, 74);
                    b.element(1, 75, 75);
                    b.element(1, 76, 76);
                    b.element(1, 77, 77);
                    b.element(1, 78, 78);
                    b.element(1, 79, 79);
                    b.element(1, 80, 80);
                    b.element(1, 81, 81);
                    b.element(1, 82, 82);
                    b.element(1, 83, 83);
                    b.element(1, 84, 84);
                    b.element(1, 85, 85);
                    b.element(1, 86, 86);
                    b.element(1, 87, 87);
                    b.element(1, 88, 88);
                    b.element(1, 89, 89);
                    b.element(1, 90, 90);
                    b.element(1, 91, 91);
                    b.element(1, 92, 92);
                    b.element(1, 93, 93);
                    b.element(1, 94, 94);
                    b.element(1, 95, 95);
                    b.element(1, 96, 96);
                    b.element(1, 97, 97);
                    b.element(1, 98, 98);
                    b.element(1, 99, 99);
                    b.element(1, 100, 100);
                    b.element(1, 101, 101);
                    b.element(1, 102, 102);
                    b.element(1, 103, 103);
                    b.element(1, 104, 104);
                    b.element(1, 105, 105);
                    b.element(1, 106, 106);
                    b.element(1, 107, 107);
                    b.element(1, 108, 108);
                    b.element(1, 109, 109);
                    b.element(1, 110, 110);
                    b.element(1, 111, 111);
                    b.element(1, 112, 112);
                    b.element(1, 113, 113);
                    b.element(1, 114, 114);
                    b.element(1, 115, 115);
                    b.element(1, 116, 116);
                    b.element(1, 117, 117);
                    b.element(1, 118, 118);
                    b.element(1, 119, 119);
                    b.element(1, 120, 120);
                    b.element(1, 121, 121);
                    b.element(1, 122, 122);
                    b.element(1, 123, 123);
                    b.element(1, 124, 124);
                    b.element(1, 125, 125);
                    b.element(1, 126, 126);
                    b.element(1, 127, 127);
                    b.element(1, 128, 128);
                    b.element(1, 129, 129);
                    b.element(1, 130, 130);
                    b.element(1, 131, 131);
                    b.element(1, 132, 132);
                    b.element(1, 133, 133);
                    b.element(1, 134, 134);
                    b.element(1, 135, 135);
                    b.element(1, 136, 136);
                    b.element(1, 137, 137);
                    b.element(1, 138, 138);
                    b.element(1, 139, 139);
                    b.element(1, 140, 140);
                    b.element(1, 141, 141);
                    b.element(1, 142, 142);
                    b.element(1, 143, 143);
                    b.element(1, 144, 144);
                    b.element(1, 145, 145);
                    b.element(1, 146, 146);
                    b.element(1, 147, 147);
                    b.element(1, 148, 148);
                    b.element(1, 149, 149);
                    return b.ref(1);
                }, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 50 more items\n]"),
                row("[0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9]", b -> {
                    b.array(1, 200);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    b.element(1, 3, 3);
                    b.element(1, 4, 4);
                    b.element(1, 5, 5);
                    b.element(1, 6, 6);
                    b.element(1, 7, 7);
                    b.element(1, 8, 8);
                    b.element(1, 9, 9);
                    b.element(1, 10, 0);
                    b.element(1, 11, 1);
                    b.element(1, 12, 2);
                    b.element(1, 13, 3);
                    b.element(1, 14, 4);
                    b.element(1, 15, 5);
                    b.element(1, 16, 6);
                    b.element(1, 17, 7);
                    b.element(1, 18, 8);
                    b.element(1, 19, 9);
                    b.element(1, 20, 0);
                    b.element(1, 21, 1);
                    b.element(1, 22, 2);
                    b.element(1, 23, 3);
                    b.element(1, 24, 4);
                    b.element(1, 25, 5);
                    b.element(1, 26, 6);
                    b.element(1, 27, 7);
                    b.element(1, 28, 8);
                    b.element(1, 29, 9);
                    b.element(1, 30, 0);
                    b.element(1, 31, 1);
                    b.element(1, 32, 2);
                    b.element(1, 33, 3);
                    b.element(1, 34, 4);
                    b.element(1, 35, 5);
                    b.element(1, 36, 6);
                    b.element(1, 37, 7);
                    b.element(1, 38, 8);
                    b.element(1, 39, 9);
                    b.element(1, 40, 0);
                    b.element(1, 41, 1);
                    b.element(1, 42, 2);
                    b.element(1, 43, 3);
                    b.element(1, 44, 4);
                    b.element(1, 45, 5);
                    b.element(1, 46, 6);
                    b.element(1, 47, 7);
                    b.element(1, 48, 8);
                    b.element(1, 49, 9);
                    b.element(1, 50, 0);
                    b.element(1, 51, 1);
                    b.element(1, 52, 2);
                    b.element(1, 53, 3);
                    b.element(1, 54, 4);
                    b.element(1, 55, 5);
                    b.element(1, 56, 6);
                    b.element(1, 57, 7);
                    b.element(1, 58, 8);
                    b.element(1, 59, 9);
                    b.element(1, 60, 0);
                    b.element(1, 61, 1);
                    b.element(1, 62, 2);
                    b.element(1, 63, 3);
                    b.element(1, 64, 4);
                    b.element(1, 65, 5);
                    b.element(1, 66, 6);
                    b.element(1, 67, 7);
                    b.element(1, 68, 8);
                    b.element(1, 69, 9);
                    b.element(1, 70, 0);
                    b.element(1, 71, 1);
                    b.element(1, 72, 2);
                    b.element(1, 73, 3);
                    b.element(1, 74, 4);
                    b.element(1, 75, 5);
                    b.element(1, 76, 6);
                    b.element(1, 77, 7);
                    b.element(1, 78, 8);
                    b.element(1, 79, 9);
                    b.element(1, 80, 0);
                    b.element(1, 81, 1);
                    b.element(1, 82, 2);
                    b.element(1, 83, 3);
                    b.element(1, 84, 4);
                    b.element(1, 85, 5);
                    b.element(1, 86, 6);
                    b.element(1, 87, 7);
                    b.element(1, 88, 8);
                    b.element(1, 89, 9);
                    b.element(1, 90, 0);
                    b.element(1, 91, 1);
                    b.element(1, 92, 2);
                    b.element(1, 93, 3);
                    b.element(1, 94, 4);
                    b.element(1, 95, 5);
                    b.element(1, 96, 6);
                    b.element(1, 97, 7);
                    b.element(1, 98, 8);
                    b.element(1, 99, 9);
                    b.element(1, 100, 0);
                    b.element(1, 101, 1);
                    b.element(1, 102, 2);
                    b.element(1, 103, 3);
                    b.element(1, 104, 4);
                    b.element(1, 105, 5);
                    b.element(1, 106, 6);
                    b.element(1, 107, 7);
                    b.element(1, 108, 8);
                    b.element(1, 109, 9);
                    b.element(1, 110, 0);
                    b.element(1, 111, 1);
                    b.element(1, 112, 2);
                    b.element(1, 113, 3);
                    b.element(1, 114, 4);
                    b.element(1, 115, 5);
                    b.element(1, 116, 6);
                    b.element(1, 117, 7);
                    b.element(1, 118, 8);
                    b.element(1, 119, 9);
                    b.element(1, 120, 0);
                    b.element(1, 121, 1);
                    b.element(1, 122, 2);
                    b.element(1, 123, 3);
                    b.element(1, 124, 4);
                    b.element(1, 125, 5);
                    b.element(1, 126, 6);
                    b.element(1, 127, 7);
                    b.element(1, 128, 8);
                    b.element(1, 129, 9);
                    b.element(1, 130, 0);
                    b.element(1, 131, 1);
                    b.element(1, 132, 2);
                    b.element(1, 133, 3);
                    b.element(1, 134, 4);
                    b.element(1, 135, 5);
                    b.element(1, 136, 6);
                    b.element(1, 137, 7);
                    b.element(1, 138, 8);
                    b.element(1, 139, 9);
                    b.element(1, 140, 0);
                    b.element(1, 141, 1);
                    b.element(1, 142, 2);
                    b.element(1, 143, 3);
                    b.element(1, 144, 4);
                    b.element(1, 145, 5);
                    b.element(1, 146, 6);
                    b.element(1, 147, 7);
                    b.element(1, 148, 8);
                    b.element(1, 149, 9);
                    b.element(1, 150, 0);
                    b.element(1, 151, 1);
                    b.element(1, 152, 2);
                    b.element(1, 153, 3);
                    b.element(1, 154, 4);
                    b.element(1, 155, 5);
                    b.element(1, 156, 6);
                    b.element(1, 157, 7);
                    b.element(1, 158, 8);
                    b.element(1, 159, 9);
                    b.element(1, 160, 0);
                    b.element(1, 161, 1);
                    b.element(1, 162, 2);
                    b.element(1, 163, 3);
                    b.element(1, 164, 4);
                    b.element(1, 165, 5);
                    b.element(1, 166, 6);
                    b.element(1, 167, 7);
                    b.element(1, 168, 8);
                    b.element(1, 169, 9);
                    b.element(1, 170, 0);
                    b.element(1, 171, 1);
                    b.element(1, 172, 2);
                    b.element(1, 173, 3);
                    b.element(1, 174, 4);
                    b.element(1, 175, 5);
                    b.element(1, 176, 6);
                    b.element(1, 177, 7);
                    b.element(1, 178, 8);
                    b.element(1, 179, 9);
                    b.element(1, 180, 0);
                    b.element(1, 181, 1);
                    b.element(1, 182, 2);
                    b.element(1, 183, 3);
                    b.element(1, 184, 4);
                    b.element(1, 185, 5);
                    b.element(1, 186, 6);
                    b.element(1, 187, 7);
                    b.element(1, 188, 8);
                    b.element(1, 189, 9);
                    b.element(1, 190, 0);
                    b.element(1, 191, 1);
                    b.element(1, 192, 2);
                    b.element(1, 193, 3);
                    b.element(1, 194, 4);
                    b.element(1, 195, 5);
                    b.element(1, 196, 6);
                    b.element(1, 197, 7);
                    b.element(1, 198, 8);
                    b.element(1, 199, 9);
                    return b.ref(1);
                }, "[\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,\n  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,\n  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,\n  6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7,\n  8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,\n  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,\n  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,\n  6, 7, 8, 9,\n  ... 100 more items\n]"),
                row("[\"a\",\"bb\",\"ccc\",\"dddd\",\"apple\",\"banana\",\"cherry\"]", b -> {
                    b.array(1, 7);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "a");
                    b.element(1, 1, "bb");
                    b.element(1, 2, "ccc");
                    b.element(1, 3, "dddd");
                    b.element(1, 4, "apple");
                    b.element(1, 5, "banana");
                    b.element(1, 6, "cherry");
                    return b.ref(1);
                }, "[\n  'a',      'bb',\n  'ccc',    'dddd',\n  'apple',  'banana',\n  'cherry'\n]"),
                row("[\"a\",\"bb\",\"ccc\",\"dddd\",\"apple\",\"banana\",\"cherry\",\"kiwi\",\"x\",\"watermelon\"]", b -> {
                    b.array(1, 10);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "a");
                    b.element(1, 1, "bb");
                    b.element(1, 2, "ccc");
                    b.element(1, 3, "dddd");
                    b.element(1, 4, "apple");
                    b.element(1, 5, "banana");
                    b.element(1, 6, "cherry");
                    b.element(1, 7, "kiwi");
                    b.element(1, 8, "x");
                    b.element(1, 9, "watermelon");
                    return b.ref(1);
                }, "[\n  'a',      'bb',\n  'ccc',    'dddd',\n  'apple',  'banana',\n  'cherry', 'kiwi',\n  'x',      'watermelon'\n]"),
                row("[\"a\",\"banana\",\"fig\",\"dddd\",\"x\",\"bb\",\"cherry\",\"grapefruit\",\"apple\",\"watermelon\",\"ccc\",\"kiwi\",\"a\",\"banana\",\"fig\",\"dddd\",\"x\",\"bb\",\"cherry\",\"grapefruit\",\"apple\",\"watermelon\",\"ccc\",\"kiwi\",\"a\"]", b -> {
                    b.array(1, 25);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "a");
                    b.element(1, 1, "banana");
                    b.element(1, 2, "fig");
                    b.element(1, 3, "dddd");
                    b.element(1, 4, "x");
                    b.element(1, 5, "bb");
                    b.element(1, 6, "cherry");
                    b.element(1, 7, "grapefruit");
                    b.element(1, 8, "apple");
                    b.element(1, 9, "watermelon");
                    b.element(1, 10, "ccc");
                    b.element(1, 11, "kiwi");
                    b.element(1, 12, "a");
                    b.element(1, 13, "banana");
                    b.element(1, 14, "fig");
                    b.element(1, 15, "dddd");
                    b.element(1, 16, "x");
                    b.element(1, 17, "bb");
                    b.element(1, 18, "cherry");
                    b.element(1, 19, "grapefruit");
                    b.element(1, 20, "apple");
                    b.element(1, 21, "watermelon");
                    b.element(1, 22, "ccc");
                    b.element(1, 23, "kiwi");
                    b.element(1, 24, "a");
                    return b.ref(1);
                }, "[\n  'a',          'banana',     'fig',\n  'dddd',       'x',          'bb',\n  'cherry',     'grapefruit', 'apple',\n  'watermelon', 'ccc',        'kiwi',\n  'a',          'banana',     'fig',\n  'dddd',       'x',          'bb',\n  'cherry',     'grapefruit', 'apple',\n  'watermelon', 'ccc',        'kiwi',\n  'a'\n]"),
                row("[\"w\",\"wx\",\"wxx\",\"wxxx\",\"w\",\"wx\",\"wxx\",\"wxxx\",\"w\",\"wx\",\"wxx\",\"wxxx\",\"w\",\"wx\",\"wxx\",\"wxxx\",\"w\",\"wx\",\"wxx\",\"wxxx\",\"w\",\"wx\",\"wxx\",\"wxxx\",\"w\",\"wx\",\"wxx\",\"wxxx\",\"w\",\"wx\"]", b -> {
                    b.array(1, 30);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "w");
                    b.element(1, 1, "wx");
                    b.element(1, 2, "wxx");
                    b.element(1, 3, "wxxx");
                    b.element(1, 4, "w");
                    b.element(1, 5, "wx");
                    b.element(1, 6, "wxx");
                    b.element(1, 7, "wxxx");
                    b.element(1, 8, "w");
                    b.element(1, 9, "wx");
                    b.element(1, 10, "wxx");
                    b.element(1, 11, "wxxx");
                    b.element(1, 12, "w");
                    b.element(1, 13, "wx");
                    b.element(1, 14, "wxx");
                    b.element(1, 15, "wxxx");
                    b.element(1, 16, "w");
                    b.element(1, 17, "wx");
                    b.element(1, 18, "wxx");
                    b.element(1, 19, "wxxx");
                    b.element(1, 20, "w");
                    b.element(1, 21, "wx");
                    b.element(1, 22, "wxx");
                    b.element(1, 23, "wxxx");
                    b.element(1, 24, "w");
                    b.element(1, 25, "wx");
                    b.element(1, 26, "wxx");
                    b.element(1, 27, "wxxx");
                    b.element(1, 28, "w");
                    b.element(1, 29, "wx");
                    return b.ref(1);
                }, "[\n  'w', 'wx', 'wxx', 'wxxx',\n  'w', 'wx', 'wxx', 'wxxx',\n  'w', 'wx', 'wxx', 'wxxx',\n  'w', 'wx', 'wxx', 'wxxx',\n  'w', 'wx', 'wxx', 'wxxx',\n  'w', 'wx', 'wxx', 'wxxx',\n  'w', 'wx', 'wxx', 'wxxx',\n  'w', 'wx'\n]"),
                row("[\"longer string number 0\",\"longer string number 1\",\"longer string number 2\",\"longer string number 3\",\"longer string number 4\",\"longer string number 5\",\"longer string number 6\",\"longer string number 7\"]", b -> {
                    b.array(1, 8);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "longer string number 0");
                    b.element(1, 1, "longer string number 1");
                    b.element(1, 2, "longer string number 2");
                    b.element(1, 3, "longer string number 3");
                    b.element(1, 4, "longer string number 4");
                    b.element(1, 5, "longer string number 5");
                    b.element(1, 6, "longer string number 6");
                    b.element(1, 7, "longer string number 7");
                    return b.ref(1);
                }, "[\n  'longer string number 0',\n  'longer string number 1',\n  'longer string number 2',\n  'longer string number 3',\n  'longer string number 4',\n  'longer string number 5',\n  'longer string number 6',\n  'longer string number 7'\n]"),
                row("[\"str0\",1,2,\"str3\",4,5,\"str6\",7,8,\"str9\",10,11]", b -> {
                    b.array(1, 12);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "str0");
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    b.element(1, 3, "str3");
                    b.element(1, 4, 4);
                    b.element(1, 5, 5);
                    b.element(1, 6, "str6");
                    b.element(1, 7, 7);
                    b.element(1, 8, 8);
                    b.element(1, 9, "str9");
                    b.element(1, 10, 10);
                    b.element(1, 11, 11);
                    return b.ref(1);
                }, "[\n  'str0', 1,  2,\n  'str3', 4,  5,\n  'str6', 7,  8,\n  'str9', 10, 11\n]"),
                row("[1, 2, 3, 4, 5, 6, 7, { a: 1 }]", b -> {
                    b.array(1, 8);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 1, 2);
                    b.element(1, 2, 3);
                    b.element(1, 3, 4);
                    b.element(1, 4, 5);
                    b.element(1, 5, 6);
                    b.element(1, 6, 7);
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "a", 1, "ECW");
                    b.element(1, 7, b.ref(2));
                    return b.ref(1);
                }, "[ 1, 2, 3, 4, 5, 6, 7, { a: 1 } ]"),
                row("[[0,1],[1,2],[2,3],[3,4],[4,5],[5,6],[6,7],[7,8],[8,9]]", b -> {
                    b.array(1, 9);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.array(2, 2);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, 0);
                    b.element(2, 1, 1);
                    b.element(1, 0, b.ref(2));
                    b.array(3, 2);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 1);
                    b.element(3, 1, 2);
                    b.element(1, 1, b.ref(3));
                    b.array(4, 2);
                    b.setPrototype(4, b.intrinsic("AP"));
                    b.element(4, 0, 2);
                    b.element(4, 1, 3);
                    b.element(1, 2, b.ref(4));
                    b.array(5, 2);
                    b.setPrototype(5, b.intrinsic("AP"));
                    b.element(5, 0, 3);
                    b.element(5, 1, 4);
                    b.element(1, 3, b.ref(5));
                    b.array(6, 2);
                    b.setPrototype(6, b.intrinsic("AP"));
                    b.element(6, 0, 4);
                    b.element(6, 1, 5);
                    b.element(1, 4, b.ref(6));
                    b.array(7, 2);
                    b.setPrototype(7, b.intrinsic("AP"));
                    b.element(7, 0, 5);
                    b.element(7, 1, 6);
                    b.element(1, 5, b.ref(7));
                    b.array(8, 2);
                    b.setPrototype(8, b.intrinsic("AP"));
                    b.element(8, 0, 6);
                    b.element(8, 1, 7);
                    b.element(1, 6, b.ref(8));
                    b.array(9, 2);
                    b.setPrototype(9, b.intrinsic("AP"));
                    b.element(9, 0, 7);
                    b.element(9, 1, 8);
                    b.element(1, 7, b.ref(9));
                    b.array(10, 2);
                    b.setPrototype(10, b.intrinsic("AP"));
                    b.element(10, 0, 8);
                    b.element(10, 1, 9);
                    b.element(1, 8, b.ref(10));
                    return b.ref(1);
                }, "[\n  [ 0, 1 ], [ 1, 2 ],\n  [ 2, 3 ], [ 3, 4 ],\n  [ 4, 5 ], [ 5, 6 ],\n  [ 6, 7 ], [ 7, 8 ],\n  [ 8, 9 ]\n]"),
                row("[1, 2, 3, 4, 5, 6, 7, , 9]", b -> {
                    b.array(1, 9);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 1, 2);
                    b.element(1, 2, 3);
                    b.element(1, 3, 4);
                    b.element(1, 4, 5);
                    b.element(1, 5, 6);
                    b.element(1, 6, 7);
                    b.element(1, 8, 9);
                    return b.ref(1);
                }, "[ 1, 2, 3, 4, 5, 6, 7, <1 empty item>, 9 ]"),
                row("Object.assign([0,1,2,3,4,5,6,7,8,9], { extra: true })", b -> {
                    b.array(1, 10);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    b.element(1, 3, 3);
                    b.element(1, 4, 4);
                    b.element(1, 5, 5);
                    b.element(1, 6, 6);
                    b.element(1, 7, 7);
                    b.element(1, 8, 8);
                    b.element(1, 9, 9);
                    b.property(1, "extra", true, "ECW");
                    return b.ref(1);
                }, "[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, extra: true ]"),
                row("(() => { const a = []; a[150] = 1; return a; })()", b -> {
                    b.array(1, 151);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 150, 1);
                    return b.ref(1);
                }, "[ <150 empty items>, 1 ]"),
                row("(() => { const a = Array.from({ length: 120 }, (_, i) => i); delete a[5]; return a; })()", b -> {
                    b.array(1, 120);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    b.element(1, 3, 3);
                    b.element(1, 4, 4);
                    b.element(1, 6, 6);
                    b.element(1, 7, 7);
                    b.element(1, 8, 8);
                    b.element(1, 9, 9);
                    b.element(1, 10, 10);
                    b.element(1, 11, 11);
                    b.element(1, 12, 12);
                    b.element(1, 13, 13);
                    b.element(1, 14, 14);
                    b.element(1, 15, 15);
                    b.element(1, 16, 16);
                    b.element(1, 17, 17);
                    b.element(1, 18, 18);
                    b.element(1, 19, 19);
                    b.element(1, 20, 20);
                    b.element(1, 21, 21);
                    b.element(1, 22, 22);
                    b.element(1, 23, 23);
                    b.element(1, 24, 24);
                    b.element(1, 25, 25);
                    b.element(1, 26, 26);
                    b.element(1, 27, 27);
                    b.element(1, 28, 28);
                    b.element(1, 29, 29);
                    b.element(1, 30, 30);
                    b.element(1, 31, 31);
                    b.element(1, 32, 32);
                    b.element(1, 33, 33);
                    b.element(1, 34, 34);
                    b.element(1, 35, 35);
                    b.element(1, 36, 36);
                    b.element(1, 37, 37);
                    b.element(1, 38, 38);
                    b.element(1, 39, 39);
                    b.element(1, 40, 40);
                    b.element(1, 41, 41);
                    b.element(1, 42, 42);
                    b.element(1, 43, 43);
                    b.element(1, 44, 44);
                    b.element(1, 45, 45);
                    b.element(1, 46, 46);
                    b.element(1, 47, 47);
                    b.element(1, 48, 48);
                    b.element(1, 49, 49);
                    b.element(1, 50, 50);
                    b.element(1, 51, 51);
                    b.element(1, 52, 52);
                    b.element(1, 53, 53);
                    b.element(1, 54, 54);
                    b.element(1, 55, 55);
                    b.element(1, 56, 56);
                    b.element(1, 57, 57);
                    b.element(1, 58, 58);
                    b.element(1, 59, 59);
                    b.element(1, 60, 60);
                    b.element(1, 61, 61);
                    b.element(1, 62, 62);
                    b.element(1, 63, 63);
                    b.element(1, 64, 64);
                    b.element(1, 65, 65);
                    b.element(1, 66, 66);
                    b.element(1, 67, 67);
                    b.element(1, 68, 68);
                    b.element(1, 69, 69);
                    b.element(1, 70, 70);
                    b.element(1, 71, 71);
                    b.element(1, 72, 72);
                    b.element(1, 73, 73);
                    b.element(1, 74, 74);
                    b.element(1, 75, 75);
                    b.element(1, 76, 76);
                    b.element(1, 77, 77);
                    b.element(1, 78, 78);
                    b.element(1, 79, 79);
                    b.element(1, 80, 80);
                    b.element(1, 81, 81);
                    b.element(1, 82, 82);
                    b.element(1, 83, 83);
                    b.element(1, 84, 84);
                    b.element(1, 85, 85);
                    b.element(1, 86, 86);
                    b.element(1, 87, 87);
                    b.element(1, 88, 88);
                    b.element(1, 89, 89);
                    b.element(1, 90, 90);
                    b.element(1, 91, 91);
                    b.element(1, 92, 92);
                    b.element(1, 93, 93);
                    b.element(1, 94, 94);
                    b.element(1, 95, 95);
                    b.element(1, 96, 96);
                    b.element(1, 97, 97);
                    b.element(1, 98, 98);
                    b.element(1, 99, 99);
                    b.element(1, 100, 100);
                    b.element(1, 101, 101);
                    b.element(1, 102, 102);
                    b.element(1, 103, 103);
                    b.element(1, 104, 104);
                    b.element(1, 105, 105);
                    b.element(1, 106, 106);
                    b.element(1, 107, 107);
                    b.element(1, 108, 108);
                    b.element(1, 109, 109);
                    b.element(1, 110, 110);
                    b.element(1, 111, 111);
                    b.element(1, 112, 112);
                    b.element(1, 113, 113);
                    b.element(1, 114, 114);
                    b.element(1, 115, 115);
                    b.element(1, 116, 116);
                    b.element(1, 117, 117);
                    b.element(1, 118, 118);
                    b.element(1, 119, 119);
                    return b.ref(1);
                }, "[\n  0,              1,  2,  3,  4,\n  <1 empty item>, 6,  7,  8,  9,\n  10,             11, 12, 13, 14,\n  15,             16, 17, 18, 19,\n  20,             21, 22, 23, 24,\n  25,             26, 27, 28, 29,\n  30,             31, 32, 33, 34,\n  35,             36, 37, 38, 39,\n  40,             41, 42, 43, 44,\n  45,             46, 47, 48, 49,\n  50,             51, 52, 53, 54,\n  55,             56, 57, 58, 59,\n  60,             61, 62, 63, 64,\n  65,             66, 67, 68, 69,\n  70,             71, 72, 73, 74,\n  75,             76, 77, 78, 79,\n  80,             81, 82, 83, 84,\n  85,             86, 87, 88, 89,\n  90,             91, 92, 93, 94,\n  95,             96, 97, 98, 99,\n  ... 20 more items\n]"),
                row("[true, false, null, undefined, 1, 'x', -0]", b -> {
                    b.array(1, 7);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, true);
                    b.element(1, 1, false);
                    b.element(1, 2, NULL);
                    b.element(1, 3, U);
                    b.element(1, 4, 1);
                    b.element(1, 5, "x");
                    b.element(1, 6, -0.0);
                    return b.ref(1);
                }, "[ true, false, null, undefined, 1, 'x', -0 ]"),
                row("(() => { const a = []; a[4294967294] = 'last'; return a; })()", b -> {
                    b.array(1, 4294967295L);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 4294967294L, "last");
                    return b.ref(1);
                }, "[ <4294967294 empty items>, 'last' ]"),
                row("(() => { const a = [1, 2]; a[3000000] = 3; a.x = 1; return a; })()", b -> {
                    b.array(1, 3000001);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 1, 2);
                    b.element(1, 3000000, 3);
                    b.property(1, "x", 1, "ECW");
                    return b.ref(1);
                }, "[ 1, 2, <2999998 empty items>, 3, x: 1 ]"),
                row("(() => { const a = []; a[5] = 1; a[2000000] = 2; a[2000001] = 3; return { a }; })()", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.array(2, 2000002);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 5, 1);
                    b.element(2, 2000000, 2);
                    b.element(2, 2000001, 3);
                    b.property(1, "a", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{ a: [ <5 empty items>, 1, <1999994 empty items>, 2, 3 ] }"),
                row("(() => { const a = []; a.length = 4294967295; return a; })()", b -> {
                    b.array(1, 4294967295L);
                    b.setPrototype(1, b.intrinsic("AP"));
                    return b.ref(1);
                }, "[ <4294967295 empty items> ]"),
                row("(() => { const a = []; for (let i = 0; i < 150; i++) a[i * 100000] = i; return a; })()", b -> {
                    b.array(1, 14900001);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 100000, 1);
                    b.element(1, 200000, 2);
                    b.element(1, 300000, 3);
                    b.element(1, 400000, 4);
                    b.element(1, 500000, 5);
                    b.element(1, 600000, 6);
                    b.element(1, 700000, 7);
                    b.element(1, 800000, 8);
                    b.element(1, 900000, 9);
                    b.element(1, 1000000, 10);
                    b.element(1, 1100000, 11);
                    b.element(1, 1200000, 12);
                    b.element(1, 1300000, 13);
                    b.element(1, 1400000, 14);
                    b.element(1, 1500000, 15);
                    b.element(1, 1600000, 16);
                    b.element(1, 1700000, 17);
                    b.element(1, 1800000, 18);
                    b.element(1, 1900000, 19);
                    b.element(1, 2000000, 20);
                    b.element(1, 2100000, 21);
                    b.element(1, 2200000, 22);
                    b.element(1, 2300000, 23);
                    b.element(1, 2400000, 24);
                    b.element(1, 2500000, 25);
                    b.element(1, 2600000, 26);
                    b.element(1, 2700000, 27);
                    b.element(1, 2800000, 28);
                    b.element(1, 2900000, 29);
                    b.element(1, 3000000, 30);
                    b.element(1, 3100000, 31);
                    b.element(1, 3200000, 32);
                    b.element(1, 3300000, 33);
                    b.element(1, 3400000, 34);
                    b.element(1, 3500000, 35);
                    b.element(1, 3600000, 36);
                    b.element(1, 3700000, 37);
                    b.element(1, 3800000, 38);
                    b.element(1, 3900000, 39);
                    b.element(1, 4000000, 40);
                    b.element(1, 4100000, 41);
                    b.element(1, 4200000, 42);
                    b.element(1, 4300000, 43);
                    b.element(1, 4400000, 44);
                    b.element(1, 4500000, 45);
                    b.element(1, 4600000, 46);
                    b.element(1, 4700000, 47);
                    b.element(1, 4800000, 48);
                    b.element(1, 4900000, 49);
                    b.element(1, 5000000, 50);
                    b.element(1, 5100000, 51);
                    b.element(1, 5200000, 52);
                    b.element(1, 5300000, 53);
                    b.element(1, 5400000, 54);
                    b.element(1, 5500000, 55);
                    b.element(1, 5600000, 56);
                    b.element(1, 5700000, 57);
                    b.element(1, 5800000, 58);
                    b.element(1, 5900000, 59);
                    b.element(1, 6000000, 60);
                    b.element(1, 6100000, 61);
                    b.element(1, 6200000, 62);
                    b.element(1, 6300000, 63);
                    b.element(1, 6400000, 64);
                    b.element(1, 6500000, 65);
                    b.element(1, 6600000, 66);
                    b.element(1, 6700000, 67);
                    b.element(1, 6800000, 68);
                    b.element(1, 6900000, 69);
                    b.element(1, 7000000, 70);
                    b.element(1, 7100000, 71);
                    b.element(1, 7200000, 72);
                    b.element(1, 7300000, 73);
                    b.element(1, 7400000, 74);
                    b.element(1, 7500000, 75);
                    b.element(1, 7600000, 76);
                    b.element(1, 7700000, 77);
                    b.element(1, 7800000, 78);
                    b.element(1, 7900000, 79);
                    b.element(1, 8000000, 80);
                    b.element(1, 8100000, 81);
                    b.element(1, 8200000, 82);
                    b.element(1, 8300000, 83);
                    b.element(1, 8400000, 84);
                    b.element(1, 8500000, 85);
                    b.element(1, 8600000, 86);
                    b.element(1, 8700000, 87);
                    b.element(1, 8800000, 88);
                    b.element(1, 8900000, 89);
                    b.element(1, 9000000, 90);
                    b.element(1, 9100000, 91);
                    b.element(1, 9200000, 92);
                    b.element(1, 9300000, 93);
                    b.element(1, 9400000, 94);
                    b.element(1, 9500000, 95);
                    b.element(1, 9600000, 96);
                    b.element(1, 9700000, 97);
                    b.element(1, 9800000, 98);
                    b.element(1, 9900000, 99);
                    b.element(1, 10000000, 100);
                    b.element(1, 10100000, 101);
                    b.element(1, 10200000, 102);
                    b.element(1, 10300000, 103);
                    b.element(1, 10400000, 104);
                    b.element(1, 10500000, 105);
                    b.element(1, 10600000, 106);
                    b.element(1, 10700000, 107);
                    b.element(1, 10800000, 108);
                    b.element(1, 10900000, 109);
                    b.element(1, 11000000, 110);
                    b.element(1, 11100000, 111);
                    b.element(1, 11200000, 112);
                    b.element(1, 11300000, 113);
                    b.element(1, 11400000, 114);
                    b.element(1, 11500000, 115);
                    b.element(1, 11600000, 116);
                    b.element(1, 11700000, 117);
                    b.element(1, 11800000, 118);
                    b.element(1, 11900000, 119);
                    b.element(1, 12000000, 120);
                    b.element(1, 12100000, 121);
                    b.element(1, 12200000, 122);
                    b.element(1, 12300000, 123);
                    b.element(1, 12400000, 124);
                    b.element(1, 12500000, 125);
                    b.element(1, 12600000, 126);
                    b.element(1, 12700000, 127);
                    b.element(1, 12800000, 128);
                    b.element(1, 12900000, 129);
                    b.element(1, 13000000, 130);
                    b.element(1, 13100000, 131);
                    b.element(1, 13200000, 132);
                    b.element(1, 13300000, 133);
                    b.element(1, 13400000, 134);
                    b.element(1, 13500000, 135);
                    b.element(1, 13600000, 136);
                    b.element(1, 13700000, 137);
                    b.element(1, 13800000, 138);
                    b.element(1, 13900000, 139);
                    b.element(1, 14000000, 140);
                    b.element(1, 14100000, 141);
                    b.element(1, 14200000, 142);
                    b.element(1, 14300000, 143);
                    b.element(1, 14400000, 144);
                    b.element(1, 14500000, 145);
                    b.element(1, 14600000, 146);
                    b.element(1, 14700000, 147);
                    b.element(1, 14800000, 148);
                    b.element(1, 14900000, 149);
                    return b.ref(1);
                }, "[\n  0,                   <99999 empty items>, 1,\n  <99999 empty items>, 2,                   <99999 empty items>,\n  3,                   <99999 empty items>, 4,\n  <99999 empty items>, 5,                   <99999 empty items>,\n  6,                   <99999 empty items>, 7,\n  <99999 empty items>, 8,                   <99999 empty items>,\n  9,                   <99999 empty items>, 10,\n  <99999 empty items>, 11,                  <99999 empty items>,\n  12,                  <99999 empty items>, 13,\n  <99999 empty items>, 14,                  <99999 empty items>,\n  15,                  <99999 empty items>, 16,\n  <99999 empty items>, 17,                  <99999 empty items>,\n  18,                  <99999 empty items>, 19,\n  <99999 empty items>, 20,                  <99999 empty items>,\n  21,                  <99999 empty items>, 22,\n  <99999 empty items>, 23,                  <99999 empty items>,\n  24,                  <99999 empty items>, 25,\n  <99999 empty items>, 26,                  <99999 empty items>,\n  27,                  <99999 empty items>, 28,\n  <99999 empty items>, 29,                  <99999 empty items>,\n  30,                  <99999 empty items>, 31,\n  <99999 empty items>, 32,                  <99999 empty items>,\n  33,                  <99999 empty items>, 34,\n  <99999 empty items>, 35,                  <99999 empty items>,\n  36,                  <99999 empty items>, 37,\n  <99999 empty items>, 38,                  <99999 empty items>,\n  39,                  <99999 empty items>, 40,\n  <99999 empty items>, 41,                  <99999 empty items>,\n  42,                  <99999 empty items>, 43,\n  <99999 empty items>, 44,                  <99999 empty items>,\n  45,                  <99999 empty items>, 46,\n  <99999 empty items>, 47,                  <99999 empty items>,\n  48,                  <99999 empty items>, 49,\n  <99999 empty items>,\n  ... 9900001 more items\n]"),
                row("[1.25, 10.5, 100.125, 3, 2, 1, 0.5, 1000]", b -> {
                    b.array(1, 8);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1.25);
                    b.element(1, 1, 10.5);
                    b.element(1, 2, 100.125);
                    b.element(1, 3, 3);
                    b.element(1, 4, 2);
                    b.element(1, 5, 1);
                    b.element(1, 6, 0.5);
                    b.element(1, 7, 1000);
                    return b.ref(1);
                }, "[ 1.25, 10.5, 100.125, 3, 2, 1, 0.5, 1000 ]"),
                row("[0,9,38,757,1676,39595,0]", b -> {
                    b.array(1, 7);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 9);
                    b.element(1, 2, 38);
                    b.element(1, 3, 757);
                    b.element(1, 4, 1676);
                    b.element(1, 5, 39595);
                    b.element(1, 6, 0);
                    return b.ref(1);
                }, "[\n    0,    9,    38,\n  757, 1676, 39595,\n    0\n]"),
                row("[1,20,839,3758,31677,0,5,34]", b -> {
                    b.array(1, 8);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 1, 20);
                    b.element(1, 2, 839);
                    b.element(1, 3, 3758);
                    b.element(1, 4, 31677);
                    b.element(1, 5, 0);
                    b.element(1, 6, 5);
                    b.element(1, 7, 34);
                    return b.ref(1);
                }, "[\n     1,    20, 839,\n  3758, 31677,   0,\n     5,    34\n]"),
                row("[2,921,5840,23759,0,7,16,435,3354]", b -> {
                    b.array(1, 9);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 2);
                    b.element(1, 1, 921);
                    b.element(1, 2, 5840);
                    b.element(1, 3, 23759);
                    b.element(1, 4, 0);
                    b.element(1, 5, 7);
                    b.element(1, 6, 16);
                    b.element(1, 7, 435);
                    b.element(1, 8, 3354);
                    return b.ref(1);
                }, "[\n      2, 921, 5840,\n  23759,   0,    7,\n     16, 435, 3354\n]"),
                row("[3,7922,15841,0,9,98,517,5436,63355,0]", b -> {
                    b.array(1, 10);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 3);
                    b.element(1, 1, 7922);
                    b.element(1, 2, 15841);
                    b.element(1, 3, 0);
                    b.element(1, 4, 9);
                    b.element(1, 5, 98);
                    b.element(1, 6, 517);
                    b.element(1, 7, 5436);
                    b.element(1, 8, 63355);
                    b.element(1, 9, 0);
                    return b.ref(1);
                }, "[\n    3, 7922, 15841,\n    0,    9,    98,\n  517, 5436, 63355,\n    0\n]"),
                row("[4,7923,0,1,80,599,7518,55437,0,5,94]", b -> {
                    b.array(1, 11);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 4);
                    b.element(1, 1, 7923);
                    b.element(1, 2, 0);
                    b.element(1, 3, 1);
                    b.element(1, 4, 80);
                    b.element(1, 5, 599);
                    b.element(1, 6, 7518);
                    b.element(1, 7, 55437);
                    b.element(1, 8, 0);
                    b.element(1, 9, 5);
                    b.element(1, 10, 94);
                    return b.ref(1);
                }, "[\n     4,  7923,   0,\n     1,    80, 599,\n  7518, 55437,   0,\n     5,    94\n]"),
                row("[5,0,3,62,681,9600,47519,0,7,76,195,7114]", b -> {
                    b.array(1, 12);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 5);
                    b.element(1, 1, 0);
                    b.element(1, 2, 3);
                    b.element(1, 3, 62);
                    b.element(1, 4, 681);
                    b.element(1, 5, 9600);
                    b.element(1, 6, 47519);
                    b.element(1, 7, 0);
                    b.element(1, 8, 7);
                    b.element(1, 9, 76);
                    b.element(1, 10, 195);
                    b.element(1, 11, 7114);
                    return b.ref(1);
                }, "[\n    5,    0,     3,   62,\n  681, 9600, 47519,    0,\n    7,   76,   195, 7114\n]"),
                row("[0,5,44,763,1682,39601,0,9,58,277,9196,87115,0]", b -> {
                    b.array(1, 13);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 5);
                    b.element(1, 2, 44);
                    b.element(1, 3, 763);
                    b.element(1, 4, 1682);
                    b.element(1, 5, 39601);
                    b.element(1, 6, 0);
                    b.element(1, 7, 9);
                    b.element(1, 8, 58);
                    b.element(1, 9, 277);
                    b.element(1, 10, 9196);
                    b.element(1, 11, 87115);
                    b.element(1, 12, 0);
                    return b.ref(1);
                }, "[\n     0,     5,   44,   763,\n  1682, 39601,    0,     9,\n    58,   277, 9196, 87115,\n     0\n]"),
                row("[7,26,845,3764,31683,0,1,40,359,1278,79197,0,5,54]", b -> {
                    b.array(1, 14);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 7);
                    b.element(1, 1, 26);
                    b.element(1, 2, 845);
                    b.element(1, 3, 3764);
                    b.element(1, 4, 31683);
                    b.element(1, 5, 0);
                    b.element(1, 6, 1);
                    b.element(1, 7, 40);
                    b.element(1, 8, 359);
                    b.element(1, 9, 1278);
                    b.element(1, 10, 79197);
                    b.element(1, 11, 0);
                    b.element(1, 12, 5);
                    b.element(1, 13, 54);
                    return b.ref(1);
                }, "[\n      7,   26,   845, 3764,\n  31683,    0,     1,   40,\n    359, 1278, 79197,    0,\n      5,   54\n]"),
                row("[8,927,5846,23765,0,3,22,441,3360,71279,0,7,36,955,874]", b -> {
                    b.array(1, 15);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 8);
                    b.element(1, 1, 927);
                    b.element(1, 2, 5846);
                    b.element(1, 3, 23765);
                    b.element(1, 4, 0);
                    b.element(1, 5, 3);
                    b.element(1, 6, 22);
                    b.element(1, 7, 441);
                    b.element(1, 8, 3360);
                    b.element(1, 9, 71279);
                    b.element(1, 10, 0);
                    b.element(1, 11, 7);
                    b.element(1, 12, 36);
                    b.element(1, 13, 955);
                    b.element(1, 14, 874);
                    return b.ref(1);
                }, "[\n     8,   927, 5846, 23765,\n     0,     3,   22,   441,\n  3360, 71279,    0,     7,\n    36,   955,  874\n]"),
                row("[9,7928,15847,0,5,4,523,5442,63361,0,9,18,37,2956,10875,0]", b -> {
                    b.array(1, 16);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 9);
                    b.element(1, 1, 7928);
                    b.element(1, 2, 15847);
                    b.element(1, 3, 0);
                    b.element(1, 4, 5);
                    b.element(1, 5, 4);
                    b.element(1, 6, 523);
                    b.element(1, 7, 5442);
                    b.element(1, 8, 63361);
                    b.element(1, 9, 0);
                    b.element(1, 10, 9);
                    b.element(1, 11, 18);
                    b.element(1, 12, 37);
                    b.element(1, 13, 2956);
                    b.element(1, 14, 10875);
                    b.element(1, 15, 0);
                    return b.ref(1);
                }, "[\n      9, 7928, 15847,    0,\n      5,    4,   523, 5442,\n  63361,    0,     9,   18,\n     37, 2956, 10875,    0\n]"),
                row("[10,7929,0,7,86,605,7524,55443,0,1,0,119,5038,2957,0,5,14]", b -> {
                    b.array(1, 17);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 10);
                    b.element(1, 1, 7929);
                    b.element(1, 2, 0);
                    b.element(1, 3, 7);
                    b.element(1, 4, 86);
                    b.element(1, 5, 605);
                    b.element(1, 6, 7524);
                    b.element(1, 7, 55443);
                    b.element(1, 8, 0);
                    b.element(1, 9, 1);
                    b.element(1, 10, 0);
                    b.element(1, 11, 119);
                    b.element(1, 12, 5038);
                    b.element(1, 13, 2957);
                    b.element(1, 14, 0);
                    b.element(1, 15, 5);
                    b.element(1, 16, 14);
                    return b.ref(1);
                }, "[\n    10, 7929,    0,     7,\n    86,  605, 7524, 55443,\n     0,    1,    0,   119,\n  5038, 2957,    0,     5,\n    14\n]"),
                row("[11,0,9,68,687,9606,47525,0,3,82,201,7120,95039,0,7,96,715,4634]", b -> {
                    b.array(1, 18);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 11);
                    b.element(1, 1, 0);
                    b.element(1, 2, 9);
                    b.element(1, 3, 68);
                    b.element(1, 4, 687);
                    b.element(1, 5, 9606);
                    b.element(1, 6, 47525);
                    b.element(1, 7, 0);
                    b.element(1, 8, 3);
                    b.element(1, 9, 82);
                    b.element(1, 10, 201);
                    b.element(1, 11, 7120);
                    b.element(1, 12, 95039);
                    b.element(1, 13, 0);
                    b.element(1, 14, 7);
                    b.element(1, 15, 96);
                    b.element(1, 16, 715);
                    b.element(1, 17, 4634);
                    return b.ref(1);
                }, "[\n     11,    0,     9,   68,\n    687, 9606, 47525,    0,\n      3,   82,   201, 7120,\n  95039,    0,     7,   96,\n    715, 4634\n]"),
                row("[0,1,50,769,1688,39607,0,5,64,283,9202,87121,0,9,78,797,6716,34635,0]", b -> {
                    b.array(1, 19);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 1);
                    b.element(1, 2, 50);
                    b.element(1, 3, 769);
                    b.element(1, 4, 1688);
                    b.element(1, 5, 39607);
                    b.element(1, 6, 0);
                    b.element(1, 7, 5);
                    b.element(1, 8, 64);
                    b.element(1, 9, 283);
                    b.element(1, 10, 9202);
                    b.element(1, 11, 87121);
                    b.element(1, 12, 0);
                    b.element(1, 13, 9);
                    b.element(1, 14, 78);
                    b.element(1, 15, 797);
                    b.element(1, 16, 6716);
                    b.element(1, 17, 34635);
                    b.element(1, 18, 0);
                    return b.ref(1);
                }, "[\n     0,     1,   50,   769,\n  1688, 39607,    0,     5,\n    64,   283, 9202, 87121,\n     0,     9,   78,   797,\n  6716, 34635,    0\n]"),
                row("[3,32,851,3770,31689,0,7,46,365,1284,79203,0,1,60,879,8798,26717,0,5,74]", b -> {
                    b.array(1, 20);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 3);
                    b.element(1, 1, 32);
                    b.element(1, 2, 851);
                    b.element(1, 3, 3770);
                    b.element(1, 4, 31689);
                    b.element(1, 5, 0);
                    b.element(1, 6, 7);
                    b.element(1, 7, 46);
                    b.element(1, 8, 365);
                    b.element(1, 9, 1284);
                    b.element(1, 10, 79203);
                    b.element(1, 11, 0);
                    b.element(1, 12, 1);
                    b.element(1, 13, 60);
                    b.element(1, 14, 879);
                    b.element(1, 15, 8798);
                    b.element(1, 16, 26717);
                    b.element(1, 17, 0);
                    b.element(1, 18, 5);
                    b.element(1, 19, 74);
                    return b.ref(1);
                }, "[\n      3,    32, 851, 3770, 31689,\n      0,     7,  46,  365,  1284,\n  79203,     0,   1,   60,   879,\n   8798, 26717,   0,    5,    74\n]"),
                row("[14,933,5852,23771,0,9,28,447,3366,71285,0,3,42,961,880,18799,0,7,56,475,8394]", b -> {
                    b.array(1, 21);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 14);
                    b.element(1, 1, 933);
                    b.element(1, 2, 5852);
                    b.element(1, 3, 23771);
                    b.element(1, 4, 0);
                    b.element(1, 5, 9);
                    b.element(1, 6, 28);
                    b.element(1, 7, 447);
                    b.element(1, 8, 3366);
                    b.element(1, 9, 71285);
                    b.element(1, 10, 0);
                    b.element(1, 11, 3);
                    b.element(1, 12, 42);
                    b.element(1, 13, 961);
                    b.element(1, 14, 880);
                    b.element(1, 15, 18799);
                    b.element(1, 16, 0);
                    b.element(1, 17, 7);
                    b.element(1, 18, 56);
                    b.element(1, 19, 475);
                    b.element(1, 20, 8394);
                    return b.ref(1);
                }, "[\n     14, 933, 5852, 23771,     0,\n      9,  28,  447,  3366, 71285,\n      0,   3,   42,   961,   880,\n  18799,   0,    7,    56,   475,\n   8394\n]"),
                row("[15,7934,15853,0,1,10,529,5448,63367,0,5,24,43,2962,10881,0,9,38,557,476,58395,0]", b -> {
                    b.array(1, 22);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 15);
                    b.element(1, 1, 7934);
                    b.element(1, 2, 15853);
                    b.element(1, 3, 0);
                    b.element(1, 4, 1);
                    b.element(1, 5, 10);
                    b.element(1, 6, 529);
                    b.element(1, 7, 5448);
                    b.element(1, 8, 63367);
                    b.element(1, 9, 0);
                    b.element(1, 10, 5);
                    b.element(1, 11, 24);
                    b.element(1, 12, 43);
                    b.element(1, 13, 2962);
                    b.element(1, 14, 10881);
                    b.element(1, 15, 0);
                    b.element(1, 16, 9);
                    b.element(1, 17, 38);
                    b.element(1, 18, 557);
                    b.element(1, 19, 476);
                    b.element(1, 20, 58395);
                    b.element(1, 21, 0);
                    return b.ref(1);
                }, "[\n     15, 7934, 15853,     0,     1,\n     10,  529,  5448, 63367,     0,\n      5,   24,    43,  2962, 10881,\n      0,    9,    38,   557,   476,\n  58395,    0\n]"),
                row("[16,7935,0,3,92,611,7530,55449,0,7,6,125,5044,2963,0,1,20,639,2558,50477,0,5,34]", b -> {
                    b.array(1, 23);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 16);
                    b.element(1, 1, 7935);
                    b.element(1, 2, 0);
                    b.element(1, 3, 3);
                    b.element(1, 4, 92);
                    b.element(1, 5, 611);
                    b.element(1, 6, 7530);
                    b.element(1, 7, 55449);
                    b.element(1, 8, 0);
                    b.element(1, 9, 7);
                    b.element(1, 10, 6);
                    b.element(1, 11, 125);
                    b.element(1, 12, 5044);
                    b.element(1, 13, 2963);
                    b.element(1, 14, 0);
                    b.element(1, 15, 1);
                    b.element(1, 16, 20);
                    b.element(1, 17, 639);
                    b.element(1, 18, 2558);
                    b.element(1, 19, 50477);
                    b.element(1, 20, 0);
                    b.element(1, 21, 5);
                    b.element(1, 22, 34);
                    return b.ref(1);
                }, "[\n   16, 7935,     0,    3,    92,\n  611, 7530, 55449,    0,     7,\n    6,  125,  5044, 2963,     0,\n    1,   20,   639, 2558, 50477,\n    0,    5,    34\n]"),
                row("[17,0,5,74,693,9612,47531,0,9,88,207,7126,95045,0,3,2,721,4640,42559,0,7,16,235,2154]", b -> {
                    b.array(1, 24);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 17);
                    b.element(1, 1, 0);
                    b.element(1, 2, 5);
                    b.element(1, 3, 74);
                    b.element(1, 4, 693);
                    b.element(1, 5, 9612);
                    b.element(1, 6, 47531);
                    b.element(1, 7, 0);
                    b.element(1, 8, 9);
                    b.element(1, 9, 88);
                    b.element(1, 10, 207);
                    b.element(1, 11, 7126);
                    b.element(1, 12, 95045);
                    b.element(1, 13, 0);
                    b.element(1, 14, 3);
                    b.element(1, 15, 2);
                    b.element(1, 16, 721);
                    b.element(1, 17, 4640);
                    b.element(1, 18, 42559);
                    b.element(1, 19, 0);
                    b.element(1, 20, 7);
                    b.element(1, 21, 16);
                    b.element(1, 22, 235);
                    b.element(1, 23, 2154);
                    return b.ref(1);
                }, "[\n    17,     0,     5,    74, 693,\n  9612, 47531,     0,     9,  88,\n   207,  7126, 95045,     0,   3,\n     2,   721,  4640, 42559,   0,\n     7,    16,   235,  2154\n]"),
                row("[0,7,56,775,1694,39613,0,1,70,289,9208,87127,0,5,84,803,6722,34641,0,9,98,317,4236,82155,0]", b -> {
                    b.array(1, 25);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 0);
                    b.element(1, 1, 7);
                    b.element(1, 2, 56);
                    b.element(1, 3, 775);
                    b.element(1, 4, 1694);
                    b.element(1, 5, 39613);
                    b.element(1, 6, 0);
                    b.element(1, 7, 1);
                    b.element(1, 8, 70);
                    b.element(1, 9, 289);
                    b.element(1, 10, 9208);
                    b.element(1, 11, 87127);
                    b.element(1, 12, 0);
                    b.element(1, 13, 5);
                    b.element(1, 14, 84);
                    b.element(1, 15, 803);
                    b.element(1, 16, 6722);
                    b.element(1, 17, 34641);
                    b.element(1, 18, 0);
                    b.element(1, 19, 9);
                    b.element(1, 20, 98);
                    b.element(1, 21, 317);
                    b.element(1, 22, 4236);
                    b.element(1, 23, 82155);
                    b.element(1, 24, 0);
                    return b.ref(1);
                }, "[\n      0,     7,    56,   775, 1694,\n  39613,     0,     1,    70,  289,\n   9208, 87127,     0,     5,   84,\n    803,  6722, 34641,     0,    9,\n     98,   317,  4236, 82155,    0\n]"),
                row("[9,38,857,3776,31695,0,3,52,371,1290,79209,0,7,66,885,8804,26723,0,1,80,399,6318,74237,0,5,94]", b -> {
                    b.array(1, 26);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 9);
                    b.element(1, 1, 38);
                    b.element(1, 2, 857);
                    b.element(1, 3, 3776);
                    b.element(1, 4, 31695);
                    b.element(1, 5, 0);
                    b.element(1, 6, 3);
                    b.element(1, 7, 52);
                    b.element(1, 8, 371);
                    b.element(1, 9, 1290);
                    b.element(1, 10, 79209);
                    b.element(1, 11, 0);
                    b.element(1, 12, 7);
                    b.element(1, 13, 66);
                    b.element(1, 14, 885);
                    b.element(1, 15, 8804);
                    b.element(1, 16, 26723);
                    b.element(1, 17, 0);
                    b.element(1, 18, 1);
                    b.element(1, 19, 80);
                    b.element(1, 20, 399);
                    b.element(1, 21, 6318);
                    b.element(1, 22, 74237);
                    b.element(1, 23, 0);
                    b.element(1, 24, 5);
                    b.element(1, 25, 94);
                    return b.ref(1);
                }, "[\n      9,    38,   857, 3776, 31695,\n      0,     3,    52,  371,  1290,\n  79209,     0,     7,   66,   885,\n   8804, 26723,     0,    1,    80,\n    399,  6318, 74237,    0,     5,\n     94\n]"),
                row("[20,939,5858,23777,0,5,34,453,3372,71291,0,9,48,967,886,18805,0,3,62,481,8400,66319,0,7,76,995,5914]", b -> {
                    b.array(1, 27);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 20);
                    b.element(1, 1, 939);
                    b.element(1, 2, 5858);
                    b.element(1, 3, 23777);
                    b.element(1, 4, 0);
                    b.element(1, 5, 5);
                    b.element(1, 6, 34);
                    b.element(1, 7, 453);
                    b.element(1, 8, 3372);
                    b.element(1, 9, 71291);
                    b.element(1, 10, 0);
                    b.element(1, 11, 9);
                    b.element(1, 12, 48);
                    b.element(1, 13, 967);
                    b.element(1, 14, 886);
                    b.element(1, 15, 18805);
                    b.element(1, 16, 0);
                    b.element(1, 17, 3);
                    b.element(1, 18, 62);
                    b.element(1, 19, 481);
                    b.element(1, 20, 8400);
                    b.element(1, 21, 66319);
                    b.element(1, 22, 0);
                    b.element(1, 23, 7);
                    b.element(1, 24, 76);
                    b.element(1, 25, 995);
                    b.element(1, 26, 5914);
                    return b.ref(1);
                }, "[\n     20,   939, 5858, 23777,     0,\n      5,    34,  453,  3372, 71291,\n      0,     9,   48,   967,   886,\n  18805,     0,    3,    62,   481,\n   8400, 66319,    0,     7,    76,\n    995,  5914\n]"),
                row("[21,7940,15859,0,7,16,535,5454,63373,0,1,30,49,2968,10887,0,5,44,563,482,58401,0,9,58,77,7996,5915,0]", b -> {
                    b.array(1, 28);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 21);
                    b.element(1, 1, 7940);
                    b.element(1, 2, 15859);
                    b.element(1, 3, 0);
                    b.element(1, 4, 7);
                    b.element(1, 5, 16);
                    b.element(1, 6, 535);
                    b.element(1, 7, 5454);
                    b.element(1, 8, 63373);
                    b.element(1, 9, 0);
                    b.element(1, 10, 1);
                    b.element(1, 11, 30);
                    b.element(1, 12, 49);
                    b.element(1, 13, 2968);
                    b.element(1, 14, 10887);
                    b.element(1, 15, 0);
                    b.element(1, 16, 5);
                    b.element(1, 17, 44);
                    b.element(1, 18, 563);
                    b.element(1, 19, 482);
                    b.element(1, 20, 58401);
                    b.element(1, 21, 0);
                    b.element(1, 22, 9);
                    b.element(1, 23, 58);
                    b.element(1, 24, 77);
                    b.element(1, 25, 7996);
                    b.element(1, 26, 5915);
                    b.element(1, 27, 0);
                    return b.ref(1);
                }, "[\n     21, 7940, 15859,     0,     7,\n     16,  535,  5454, 63373,     0,\n      1,   30,    49,  2968, 10887,\n      0,    5,    44,   563,   482,\n  58401,    0,     9,    58,    77,\n   7996, 5915,     0\n]"),
                row("[22,7941,0,9,98,617,7536,55455,0,3,12,131,5050,2969,0,7,26,645,2564,50483,0,1,40,159,78,97997,0,5,54]", b -> {
                    b.array(1, 29);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 22);
                    b.element(1, 1, 7941);
                    b.element(1, 2, 0);
                    b.element(1, 3, 9);
                    b.element(1, 4, 98);
                    b.element(1, 5, 617);
                    b.element(1, 6, 7536);
                    b.element(1, 7, 55455);
                    b.element(1, 8, 0);
                    b.element(1, 9, 3);
                    b.element(1, 10, 12);
                    b.element(1, 11, 131);
                    b.element(1, 12, 5050);
                    b.element(1, 13, 2969);
                    b.element(1, 14, 0);
                    b.element(1, 15, 7);
                    b.element(1, 16, 26);
                    b.element(1, 17, 645);
                    b.element(1, 18, 2564);
                    b.element(1, 19, 50483);
                    b.element(1, 20, 0);
                    b.element(1, 21, 1);
                    b.element(1, 22, 40);
                    b.element(1, 23, 159);
                    b.element(1, 24, 78);
                    b.element(1, 25, 97997);
                    b.element(1, 26, 0);
                    b.element(1, 27, 5);
                    b.element(1, 28, 54);
                    return b.ref(1);
                }, "[\n     22, 7941,     0,    9,    98,\n    617, 7536, 55455,    0,     3,\n     12,  131,  5050, 2969,     0,\n      7,   26,   645, 2564, 50483,\n      0,    1,    40,  159,    78,\n  97997,    0,     5,   54\n]"),
                row("[23,0,1,80,699,9618,47537,0,5,94,213,7132,95051,0,9,8,727,4646,42565,0,3,22,241,2160,90079,0,7,36,755,9674]", b -> {
                    b.array(1, 30);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 23);
                    b.element(1, 1, 0);
                    b.element(1, 2, 1);
                    b.element(1, 3, 80);
                    b.element(1, 4, 699);
                    b.element(1, 5, 9618);
                    b.element(1, 6, 47537);
                    b.element(1, 7, 0);
                    b.element(1, 8, 5);
                    b.element(1, 9, 94);
                    b.element(1, 10, 213);
                    b.element(1, 11, 7132);
                    b.element(1, 12, 95051);
                    b.element(1, 13, 0);
                    b.element(1, 14, 9);
                    b.element(1, 15, 8);
                    b.element(1, 16, 727);
                    b.element(1, 17, 4646);
                    b.element(1, 18, 42565);
                    b.element(1, 19, 0);
                    b.element(1, 20, 3);
                    b.element(1, 21, 22);
                    b.element(1, 22, 241);
                    b.element(1, 23, 2160);
                    b.element(1, 24, 90079);
                    b.element(1, 25, 0);
                    b.element(1, 26, 7);
                    b.element(1, 27, 36);
                    b.element(1, 28, 755);
                    b.element(1, 29, 9674);
                    return b.ref(1);
                }, "[\n     23, 0, 1, 80, 699, 9618,\n  47537, 0, 5, 94, 213, 7132,\n  95051, 0, 9,  8, 727, 4646,\n  42565, 0, 3, 22, 241, 2160,\n  90079, 0, 7, 36, 755, 9674\n]"),
                row("[\"a\",\"dddddddd\",\"cherrycherrycherry\",\"watermelon\",\"aa\",\"dddddddddddd\",\"cherry\"]", b -> {
                    b.array(1, 7);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "a");
                    b.element(1, 1, "dddddddd");
                    b.element(1, 2, "cherrycherrycherry");
                    b.element(1, 3, "watermelon");
                    b.element(1, 4, "aa");
                    b.element(1, 5, "dddddddddddd");
                    b.element(1, 6, "cherry");
                    return b.ref(1);
                }, "[\n  'a',\n  'dddddddd',\n  'cherrycherrycherry',\n  'watermelon',\n  'aa',\n  'dddddddddddd',\n  'cherry'\n]"),
                row("[\"bbbb\",\"appleappleapple\",\"kiwi\",\"figfig\",\"bbbbbb\",\"apple\",\"kiwikiwi\",\"figfigfig\",\"bb\"]", b -> {
                    b.array(1, 9);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "bbbb");
                    b.element(1, 1, "appleappleapple");
                    b.element(1, 2, "kiwi");
                    b.element(1, 3, "figfig");
                    b.element(1, 4, "bbbbbb");
                    b.element(1, 5, "apple");
                    b.element(1, 6, "kiwikiwi");
                    b.element(1, 7, "figfigfig");
                    b.element(1, 8, "bb");
                    return b.ref(1);
                }, "[\n  'bbbb',\n  'appleappleapple',\n  'kiwi',\n  'figfig',\n  'bbbbbb',\n  'apple',\n  'kiwikiwi',\n  'figfigfig',\n  'bb'\n]"),
                row("[\"ccccccccc\",\"banana\",\"xx\",\"grapefruitgrapefruitgrapefruit\",\"ccc\",\"bananabanana\",\"xxx\",\"grapefruit\",\"cccccc\",\"bananabananabanana\",\"x\"]", b -> {
                    b.array(1, 11);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "ccccccccc");
                    b.element(1, 1, "banana");
                    b.element(1, 2, "xx");
                    b.element(1, 3, "grapefruitgrapefruitgrapefruit");
                    b.element(1, 4, "ccc");
                    b.element(1, 5, "bananabanana");
                    b.element(1, 6, "xxx");
                    b.element(1, 7, "grapefruit");
                    b.element(1, 8, "cccccc");
                    b.element(1, 9, "bananabananabanana");
                    b.element(1, 10, "x");
                    return b.ref(1);
                }, "[\n  'ccccccccc',\n  'banana',\n  'xx',\n  'grapefruitgrapefruitgrapefruit',\n  'ccc',\n  'bananabanana',\n  'xxx',\n  'grapefruit',\n  'cccccc',\n  'bananabananabanana',\n  'x'\n]"),
                row("[\"dddd\",\"cherrycherry\",\"watermelonwatermelonwatermelon\",\"a\",\"dddddddd\",\"cherrycherrycherry\",\"watermelon\",\"aa\",\"dddddddddddd\",\"cherry\",\"watermelonwatermelon\",\"aaa\",\"dddd\"]", b -> {
                    b.array(1, 13);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "dddd");
                    b.element(1, 1, "cherrycherry");
                    b.element(1, 2, "watermelonwatermelonwatermelon");
                    b.element(1, 3, "a");
                    b.element(1, 4, "dddddddd");
                    b.element(1, 5, "cherrycherrycherry");
                    b.element(1, 6, "watermelon");
                    b.element(1, 7, "aa");
                    b.element(1, 8, "dddddddddddd");
                    b.element(1, 9, "cherry");
                    b.element(1, 10, "watermelonwatermelon");
                    b.element(1, 11, "aaa");
                    b.element(1, 12, "dddd");
                    return b.ref(1);
                }, "[\n  'dddd',\n  'cherrycherry',\n  'watermelonwatermelonwatermelon',\n  'a',\n  'dddddddd',\n  'cherrycherrycherry',\n  'watermelon',\n  'aa',\n  'dddddddddddd',\n  'cherry',\n  'watermelonwatermelon',\n  'aaa',\n  'dddd'\n]"),
                row("[\"appleapple\",\"kiwikiwikiwi\",\"fig\",\"bbbb\",\"appleappleapple\",\"kiwi\",\"figfig\",\"bbbbbb\",\"apple\",\"kiwikiwi\",\"figfigfig\",\"bb\",\"appleapple\",\"kiwikiwikiwi\",\"fig\"]", b -> {
                    b.array(1, 15);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "appleapple");
                    b.element(1, 1, "kiwikiwikiwi");
                    b.element(1, 2, "fig");
                    b.element(1, 3, "bbbb");
                    b.element(1, 4, "appleappleapple");
                    b.element(1, 5, "kiwi");
                    b.element(1, 6, "figfig");
                    b.element(1, 7, "bbbbbb");
                    b.element(1, 8, "apple");
                    b.element(1, 9, "kiwikiwi");
                    b.element(1, 10, "figfigfig");
                    b.element(1, 11, "bb");
                    b.element(1, 12, "appleapple");
                    b.element(1, 13, "kiwikiwikiwi");
                    b.element(1, 14, "fig");
                    return b.ref(1);
                }, "[\n  'appleapple',      'kiwikiwikiwi',\n  'fig',             'bbbb',\n  'appleappleapple', 'kiwi',\n  'figfig',          'bbbbbb',\n  'apple',           'kiwikiwi',\n  'figfigfig',       'bb',\n  'appleapple',      'kiwikiwikiwi',\n  'fig'\n]"),
                row("[\"bananabananabanana\",\"x\",\"grapefruitgrapefruit\",\"ccccccccc\",\"banana\",\"xx\",\"grapefruitgrapefruitgrapefruit\",\"ccc\",\"bananabanana\",\"xxx\",\"grapefruit\",\"cccccc\",\"bananabananabanana\",\"x\",\"grapefruitgrapefruit\",\"ccccccccc\",\"banana\"]", b -> {
                    b.array(1, 17);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "bananabananabanana");
                    b.element(1, 1, "x");
                    b.element(1, 2, "grapefruitgrapefruit");
                    b.element(1, 3, "ccccccccc");
                    b.element(1, 4, "banana");
                    b.element(1, 5, "xx");
                    b.element(1, 6, "grapefruitgrapefruitgrapefruit");
                    b.element(1, 7, "ccc");
                    b.element(1, 8, "bananabanana");
                    b.element(1, 9, "xxx");
                    b.element(1, 10, "grapefruit");
                    b.element(1, 11, "cccccc");
                    b.element(1, 12, "bananabananabanana");
                    b.element(1, 13, "x");
                    b.element(1, 14, "grapefruitgrapefruit");
                    b.element(1, 15, "ccccccccc");
                    b.element(1, 16, "banana");
                    return b.ref(1);
                }, "[\n  'bananabananabanana',\n  'x',\n  'grapefruitgrapefruit',\n  'ccccccccc',\n  'banana',\n  'xx',\n  'grapefruitgrapefruitgrapefruit',\n  'ccc',\n  'bananabanana',\n  'xxx',\n  'grapefruit',\n  'cccccc',\n  'bananabananabanana',\n  'x',\n  'grapefruitgrapefruit',\n  'ccccccccc',\n  'banana'\n]"),
                row("[\"cherry\",\"watermelonwatermelon\",\"aaa\",\"dddd\",\"cherrycherry\",\"watermelonwatermelonwatermelon\",\"a\",\"dddddddd\",\"cherrycherrycherry\",\"watermelon\",\"aa\",\"dddddddddddd\",\"cherry\",\"watermelonwatermelon\",\"aaa\",\"dddd\",\"cherrycherry\",\"watermelonwatermelonwatermelon\",\"a\"]", b -> {
                    b.array(1, 19);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "cherry");
                    b.element(1, 1, "watermelonwatermelon");
                    b.element(1, 2, "aaa");
                    b.element(1, 3, "dddd");
                    b.element(1, 4, "cherrycherry");
                    b.element(1, 5, "watermelonwatermelonwatermelon");
                    b.element(1, 6, "a");
                    b.element(1, 7, "dddddddd");
                    b.element(1, 8, "cherrycherrycherry");
                    b.element(1, 9, "watermelon");
                    b.element(1, 10, "aa");
                    b.element(1, 11, "dddddddddddd");
                    b.element(1, 12, "cherry");
                    b.element(1, 13, "watermelonwatermelon");
                    b.element(1, 14, "aaa");
                    b.element(1, 15, "dddd");
                    b.element(1, 16, "cherrycherry");
                    b.element(1, 17, "watermelonwatermelonwatermelon");
                    b.element(1, 18, "a");
                    return b.ref(1);
                }, "[\n  'cherry',\n  'watermelonwatermelon',\n  'aaa',\n  'dddd',\n  'cherrycherry',\n  'watermelonwatermelonwatermelon',\n  'a',\n  'dddddddd',\n  'cherrycherrycherry',\n  'watermelon',\n  'aa',\n  'dddddddddddd',\n  'cherry',\n  'watermelonwatermelon',\n  'aaa',\n  'dddd',\n  'cherrycherry',\n  'watermelonwatermelonwatermelon',\n  'a'\n]"),
                row("[\"kiwikiwi\",\"figfigfig\",\"bb\",\"appleapple\",\"kiwikiwikiwi\",\"fig\",\"bbbb\",\"appleappleapple\",\"kiwi\",\"figfig\",\"bbbbbb\",\"apple\",\"kiwikiwi\",\"figfigfig\",\"bb\",\"appleapple\",\"kiwikiwikiwi\",\"fig\",\"bbbb\",\"appleappleapple\",\"kiwi\"]", b -> {
                    b.array(1, 21);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "kiwikiwi");
                    b.element(1, 1, "figfigfig");
                    b.element(1, 2, "bb");
                    b.element(1, 3, "appleapple");
                    b.element(1, 4, "kiwikiwikiwi");
                    b.element(1, 5, "fig");
                    b.element(1, 6, "bbbb");
                    b.element(1, 7, "appleappleapple");
                    b.element(1, 8, "kiwi");
                    b.element(1, 9, "figfig");
                    b.element(1, 10, "bbbbbb");
                    b.element(1, 11, "apple");
                    b.element(1, 12, "kiwikiwi");
                    b.element(1, 13, "figfigfig");
                    b.element(1, 14, "bb");
                    b.element(1, 15, "appleapple");
                    b.element(1, 16, "kiwikiwikiwi");
                    b.element(1, 17, "fig");
                    b.element(1, 18, "bbbb");
                    b.element(1, 19, "appleappleapple");
                    b.element(1, 20, "kiwi");
                    return b.ref(1);
                }, "[\n  'kiwikiwi',     'figfigfig',\n  'bb',           'appleapple',\n  'kiwikiwikiwi', 'fig',\n  'bbbb',         'appleappleapple',\n  'kiwi',         'figfig',\n  'bbbbbb',       'apple',\n  'kiwikiwi',     'figfigfig',\n  'bb',           'appleapple',\n  'kiwikiwikiwi', 'fig',\n  'bbbb',         'appleappleapple',\n  'kiwi'\n]"),
                row("[\"xxx\",\"grapefruit\",\"cccccc\",\"bananabananabanana\",\"x\",\"grapefruitgrapefruit\",\"ccccccccc\",\"banana\",\"xx\",\"grapefruitgrapefruitgrapefruit\",\"ccc\",\"bananabanana\",\"xxx\",\"grapefruit\",\"cccccc\",\"bananabananabanana\",\"x\",\"grapefruitgrapefruit\",\"ccccccccc\",\"banana\",\"xx\",\"grapefruitgrapefruitgrapefruit\",\"ccc\"]", b -> {
                    b.array(1, 23);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "xxx");
                    b.element(1, 1, "grapefruit");
                    b.element(1, 2, "cccccc");
                    b.element(1, 3, "bananabananabanana");
                    b.element(1, 4, "x");
                    b.element(1, 5, "grapefruitgrapefruit");
                    b.element(1, 6, "ccccccccc");
                    b.element(1, 7, "banana");
                    b.element(1, 8, "xx");
                    b.element(1, 9, "grapefruitgrapefruitgrapefruit");
                    b.element(1, 10, "ccc");
                    b.element(1, 11, "bananabanana");
                    b.element(1, 12, "xxx");
                    b.element(1, 13, "grapefruit");
                    b.element(1, 14, "cccccc");
                    b.element(1, 15, "bananabananabanana");
                    b.element(1, 16, "x");
                    b.element(1, 17, "grapefruitgrapefruit");
                    b.element(1, 18, "ccccccccc");
                    b.element(1, 19, "banana");
                    b.element(1, 20, "xx");
                    b.element(1, 21, "grapefruitgrapefruitgrapefruit");
                    b.element(1, 22, "ccc");
                    return b.ref(1);
                }, "[\n  'xxx',\n  'grapefruit',\n  'cccccc',\n  'bananabananabanana',\n  'x',\n  'grapefruitgrapefruit',\n  'ccccccccc',\n  'banana',\n  'xx',\n  'grapefruitgrapefruitgrapefruit',\n  'ccc',\n  'bananabanana',\n  'xxx',\n  'grapefruit',\n  'cccccc',\n  'bananabananabanana',\n  'x',\n  'grapefruitgrapefruit',\n  'ccccccccc',\n  'banana',\n  'xx',\n  'grapefruitgrapefruitgrapefruit',\n  'ccc'\n]"),
                row("[\"watermelon\",\"aa\",\"dddddddddddd\",\"cherry\",\"watermelonwatermelon\",\"aaa\",\"dddd\",\"cherrycherry\",\"watermelonwatermelonwatermelon\",\"a\",\"dddddddd\",\"cherrycherrycherry\",\"watermelon\",\"aa\",\"dddddddddddd\",\"cherry\",\"watermelonwatermelon\",\"aaa\",\"dddd\",\"cherrycherry\",\"watermelonwatermelonwatermelon\",\"a\",\"dddddddd\",\"cherrycherrycherry\",\"watermelon\"]", b -> {
                    b.array(1, 25);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "watermelon");
                    b.element(1, 1, "aa");
                    b.element(1, 2, "dddddddddddd");
                    b.element(1, 3, "cherry");
                    b.element(1, 4, "watermelonwatermelon");
                    b.element(1, 5, "aaa");
                    b.element(1, 6, "dddd");
                    b.element(1, 7, "cherrycherry");
                    b.element(1, 8, "watermelonwatermelonwatermelon");
                    b.element(1, 9, "a");
                    b.element(1, 10, "dddddddd");
                    b.element(1, 11, "cherrycherrycherry");
                    b.element(1, 12, "watermelon");
                    b.element(1, 13, "aa");
                    b.element(1, 14, "dddddddddddd");
                    b.element(1, 15, "cherry");
                    b.element(1, 16, "watermelonwatermelon");
                    b.element(1, 17, "aaa");
                    b.element(1, 18, "dddd");
                    b.element(1, 19, "cherrycherry");
                    b.element(1, 20, "watermelonwatermelonwatermelon");
                    b.element(1, 21, "a");
                    b.element(1, 22, "dddddddd");
                    b.element(1, 23, "cherrycherrycherry");
                    b.element(1, 24, "watermelon");
                    return b.ref(1);
                }, "[\n  'watermelon',\n  'aa',\n  'dddddddddddd',\n  'cherry',\n  'watermelonwatermelon',\n  'aaa',\n  'dddd',\n  'cherrycherry',\n  'watermelonwatermelonwatermelon',\n  'a',\n  'dddddddd',\n  'cherrycherrycherry',\n  'watermelon',\n  'aa',\n  'dddddddddddd',\n  'cherry',\n  'watermelonwatermelon',\n  'aaa',\n  'dddd',\n  'cherrycherry',\n  'watermelonwatermelonwatermelon',\n  'a',\n  'dddddddd',\n  'cherrycherrycherry',\n  'watermelon'\n]"),
                row("[\"figfig\",\"bbbbbb\",\"apple\",\"kiwikiwi\",\"figfigfig\",\"bb\",\"appleapple\",\"kiwikiwikiwi\",\"fig\",\"bbbb\",\"appleappleapple\",\"kiwi\",\"figfig\",\"bbbbbb\",\"apple\",\"kiwikiwi\",\"figfigfig\",\"bb\",\"appleapple\",\"kiwikiwikiwi\",\"fig\",\"bbbb\",\"appleappleapple\",\"kiwi\",\"figfig\",\"bbbbbb\",\"apple\"]", b -> {
                    b.array(1, 27);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "figfig");
                    b.element(1, 1, "bbbbbb");
                    b.element(1, 2, "apple");
                    b.element(1, 3, "kiwikiwi");
                    b.element(1, 4, "figfigfig");
                    b.element(1, 5, "bb");
                    b.element(1, 6, "appleapple");
                    b.element(1, 7, "kiwikiwikiwi");
                    b.element(1, 8, "fig");
                    b.element(1, 9, "bbbb");
                    b.element(1, 10, "appleappleapple");
                    b.element(1, 11, "kiwi");
                    b.element(1, 12, "figfig");
                    b.element(1, 13, "bbbbbb");
                    b.element(1, 14, "apple");
                    b.element(1, 15, "kiwikiwi");
                    b.element(1, 16, "figfigfig");
                    b.element(1, 17, "bb");
                    b.element(1, 18, "appleapple");
                    b.element(1, 19, "kiwikiwikiwi");
                    b.element(1, 20, "fig");
                    b.element(1, 21, "bbbb");
                    b.element(1, 22, "appleappleapple");
                    b.element(1, 23, "kiwi");
                    b.element(1, 24, "figfig");
                    b.element(1, 25, "bbbbbb");
                    b.element(1, 26, "apple");
                    return b.ref(1);
                }, "[\n  'figfig',          'bbbbbb',\n  'apple',           'kiwikiwi',\n  'figfigfig',       'bb',\n  'appleapple',      'kiwikiwikiwi',\n  'fig',             'bbbb',\n  'appleappleapple', 'kiwi',\n  'figfig',          'bbbbbb',\n  'apple',           'kiwikiwi',\n  'figfigfig',       'bb',\n  'appleapple',      'kiwikiwikiwi',\n  'fig',             'bbbb',\n  'appleappleapple', 'kiwi',\n  'figfig',          'bbbbbb',\n  'apple'\n]"),
                row("[\"grapefruitgrapefruitgrapefruit\",\"ccc\",\"bananabanana\",\"xxx\",\"grapefruit\",\"cccccc\",\"bananabananabanana\",\"x\",\"grapefruitgrapefruit\",\"ccccccccc\",\"banana\",\"xx\",\"grapefruitgrapefruitgrapefruit\",\"ccc\",\"bananabanana\",\"xxx\",\"grapefruit\",\"cccccc\",\"bananabananabanana\",\"x\",\"grapefruitgrapefruit\",\"ccccccccc\",\"banana\",\"xx\",\"grapefruitgrapefruitgrapefruit\",\"ccc\",\"bananabanana\",\"xxx\",\"grapefruit\"]", b -> {
                    b.array(1, 29);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "grapefruitgrapefruitgrapefruit");
                    b.element(1, 1, "ccc");
                    b.element(1, 2, "bananabanana");
                    b.element(1, 3, "xxx");
                    b.element(1, 4, "grapefruit");
                    b.element(1, 5, "cccccc");
                    b.element(1, 6, "bananabananabanana");
                    b.element(1, 7, "x");
                    b.element(1, 8, "grapefruitgrapefruit");
                    b.element(1, 9, "ccccccccc");
                    b.element(1, 10, "banana");
                    b.element(1, 11, "xx");
                    b.element(1, 12, "grapefruitgrapefruitgrapefruit");
                    b.element(1, 13, "ccc");
                    b.element(1, 14, "bananabanana");
                    b.element(1, 15, "xxx");
                    b.element(1, 16, "grapefruit");
                    b.element(1, 17, "cccccc");
                    b.element(1, 18, "bananabananabanana");
                    b.element(1, 19, "x");
                    b.element(1, 20, "grapefruitgrapefruit");
                    b.element(1, 21, "ccccccccc");
                    b.element(1, 22, "banana");
                    b.element(1, 23, "xx");
                    b.element(1, 24, "grapefruitgrapefruitgrapefruit");
                    b.element(1, 25, "ccc");
                    b.element(1, 26, "bananabanana");
                    b.element(1, 27, "xxx");
                    b.element(1, 28, "grapefruit");
                    return b.ref(1);
                }, "[\n  'grapefruitgrapefruitgrapefruit',\n  'ccc',\n  'bananabanana',\n  'xxx',\n  'grapefruit',\n  'cccccc',\n  'bananabananabanana',\n  'x',\n  'grapefruitgrapefruit',\n  'ccccccccc',\n  'banana',\n  'xx',\n  'grapefruitgrapefruitgrapefruit',\n  'ccc',\n  'bananabanana',\n  'xxx',\n  'grapefruit',\n  'cccccc',\n  'bananabananabanana',\n  'x',\n  'grapefruitgrapefruit',\n  'ccccccccc',\n  'banana',\n  'xx',\n  'grapefruitgrapefruitgrapefruit',\n  'ccc',\n  'bananabanana',\n  'xxx',\n  'grapefruit'\n]"),
                row("{ deep: { er: [0,13,26,39,52,65,78,91,104,117,130,143,156,169,182,195,208,221,234,247,260,273,286,299,312,325,338,351,364,377,390,403,416,429,442,455,468,481,494,507] } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.array(3, 40);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 0);
                    b.element(3, 1, 13);
                    b.element(3, 2, 26);
                    b.element(3, 3, 39);
                    b.element(3, 4, 52);
                    b.element(3, 5, 65);
                    b.element(3, 6, 78);
                    b.element(3, 7, 91);
                    b.element(3, 8, 104);
                    b.element(3, 9, 117);
                    b.element(3, 10, 130);
                    b.element(3, 11, 143);
                    b.element(3, 12, 156);
                    b.element(3, 13, 169);
                    b.element(3, 14, 182);
                    b.element(3, 15, 195);
                    b.element(3, 16, 208);
                    b.element(3, 17, 221);
                    b.element(3, 18, 234);
                    b.element(3, 19, 247);
                    b.element(3, 20, 260);
                    b.element(3, 21, 273);
                    b.element(3, 22, 286);
                    b.element(3, 23, 299);
                    b.element(3, 24, 312);
                    b.element(3, 25, 325);
                    b.element(3, 26, 338);
                    b.element(3, 27, 351);
                    b.element(3, 28, 364);
                    b.element(3, 29, 377);
                    b.element(3, 30, 390);
                    b.element(3, 31, 403);
                    b.element(3, 32, 416);
                    b.element(3, 33, 429);
                    b.element(3, 34, 442);
                    b.element(3, 35, 455);
                    b.element(3, 36, 468);
                    b.element(3, 37, 481);
                    b.element(3, 38, 494);
                    b.element(3, 39, 507);
                    b.property(2, "er", b.ref(3), "ECW");
                    b.property(1, "deep", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{\n  deep: {\n    er: [\n        0,  13,  26,  39,  52,  65,  78,  91,\n      104, 117, 130, 143, 156, 169, 182, 195,\n      208, 221, 234, 247, 260, 273, 286, 299,\n      312, 325, 338, 351, 364, 377, 390, 403,\n      416, 429, 442, 455, 468, 481, 494, 507\n    ]\n  }\n}"),
                row("[[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29], [\"ab\",\"ab\",\"ab\",\"ab\",\"ab\",\"ab\",\"ab\",\"ab\"]]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.array(2, 30);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, 0);
                    b.element(2, 1, 1);
                    b.element(2, 2, 2);
                    b.element(2, 3, 3);
                    b.element(2, 4, 4);
                    b.element(2, 5, 5);
                    b.element(2, 6, 6);
                    b.element(2, 7, 7);
                    b.element(2, 8, 8);
                    b.element(2, 9, 9);
                    b.element(2, 10, 10);
                    b.element(2, 11, 11);
                    b.element(2, 12, 12);
                    b.element(2, 13, 13);
                    b.element(2, 14, 14);
                    b.element(2, 15, 15);
                    b.element(2, 16, 16);
                    b.element(2, 17, 17);
                    b.element(2, 18, 18);
                    b.element(2, 19, 19);
                    b.element(2, 20, 20);
                    b.element(2, 21, 21);
                    b.element(2, 22, 22);
                    b.element(2, 23, 23);
                    b.element(2, 24, 24);
                    b.element(2, 25, 25);
                    b.element(2, 26, 26);
                    b.element(2, 27, 27);
                    b.element(2, 28, 28);
                    b.element(2, 29, 29);
                    b.element(1, 0, b.ref(2));
                    b.array(3, 8);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, "ab");
                    b.element(3, 1, "ab");
                    b.element(3, 2, "ab");
                    b.element(3, 3, "ab");
                    b.element(3, 4, "ab");
                    b.element(3, 5, "ab");
                    b.element(3, 6, "ab");
                    b.element(3, 7, "ab");
                    b.element(1, 1, b.ref(3));
                    return b.ref(1);
                }, "[\n  [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16, 17,\n    18, 19, 20, 21, 22, 23, 24, 25, 26,\n    27, 28, 29\n  ],\n  [\n    'ab', 'ab', 'ab',\n    'ab', 'ab', 'ab',\n    'ab', 'ab'\n  ]\n]"),
                row("[\"\u65e5\u672c0\",\"\u65e5\u672c1\",\"\u65e5\u672c2\",\"\u65e5\u672c3\",\"\u65e5\u672c4\",\"\u65e5\u672c5\",\"\u65e5\u672c6\",\"\u65e5\u672c7\",\"\u65e5\u672c8\",\"\u65e5\u672c9\",\"\u65e5\u672c10\",\"\u65e5\u672c11\"]", b -> {
                    b.array(1, 12);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "\u65e5\u672c0");
                    b.element(1, 1, "\u65e5\u672c1");
                    b.element(1, 2, "\u65e5\u672c2");
                    b.element(1, 3, "\u65e5\u672c3");
                    b.element(1, 4, "\u65e5\u672c4");
                    b.element(1, 5, "\u65e5\u672c5");
                    b.element(1, 6, "\u65e5\u672c6");
                    b.element(1, 7, "\u65e5\u672c7");
                    b.element(1, 8, "\u65e5\u672c8");
                    b.element(1, 9, "\u65e5\u672c9");
                    b.element(1, 10, "\u65e5\u672c10");
                    b.element(1, 11, "\u65e5\u672c11");
                    return b.ref(1);
                }, "[\n  '\u65e5\u672c0',  '\u65e5\u672c1',\n  '\u65e5\u672c2',  '\u65e5\u672c3',\n  '\u65e5\u672c4',  '\u65e5\u672c5',\n  '\u65e5\u672c6',  '\u65e5\u672c7',\n  '\u65e5\u672c8',  '\u65e5\u672c9',\n  '\u65e5\u672c10', '\u65e5\u672c11'\n]"),
                row("[true,null,true,null,true,null,true,null,true]", b -> {
                    b.array(1, 9);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, true);
                    b.element(1, 1, NULL);
                    b.element(1, 2, true);
                    b.element(1, 3, NULL);
                    b.element(1, 4, true);
                    b.element(1, 5, NULL);
                    b.element(1, 6, true);
                    b.element(1, 7, NULL);
                    b.element(1, 8, true);
                    return b.ref(1);
                }, "[\n  true, null, true,\n  null, true, null,\n  true, null, true\n]"),
                row("{}", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    return b.ref(1);
                }, "{}"),
                row("{ a: 1, b: 'x' }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "a", 1, "ECW");
                    b.property(1, "b", "x", "ECW");
                    return b.ref(1);
                }, "{ a: 1, b: 'x' }"),
                row("{ 'a-b': 1, 'c d': 2, $e: 3, _f: 4, g1: 5, '1x': 6, 7: 'seven', \u00fc: 8, '': 9 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "7", "seven", "ECW");
                    b.property(1, "a-b", 1, "ECW");
                    b.property(1, "c d", 2, "ECW");
                    b.property(1, "$e", 3, "ECW");
                    b.property(1, "_f", 4, "ECW");
                    b.property(1, "g1", 5, "ECW");
                    b.property(1, "1x", 6, "ECW");
                    b.property(1, "\u00fc", 8, "ECW");
                    b.property(1, "", 9, "ECW");
                    return b.ref(1);
                }, "{\n  '7': 'seven',\n  'a-b': 1,\n  'c d': 2,\n  '$e': 3,\n  _f: 4,\n  g1: 5,\n  '1x': 6,\n  '\u00fc': 8,\n  '': 9\n}"),
                row("{ \"it's\": 1, 'q\"q': 2 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "it's", 1, "ECW");
                    b.property(1, "q\"q", 2, "ECW");
                    return b.ref(1);
                }, "{ \"it's\": 1, 'q\"q': 2 }"),
                row("{ a: { b: { c: { d: 1 } } } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.object(4);
                    b.setPrototype(4, b.intrinsic("OP"));
                    b.property(4, "d", 1, "ECW");
                    b.property(3, "c", b.ref(4), "ECW");
                    b.property(2, "b", b.ref(3), "ECW");
                    b.property(1, "a", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{ a: { b: { c: [Object] } } }"),
                row("{ a: { b: { c: {} } } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.object(4);
                    b.setPrototype(4, b.intrinsic("OP"));
                    b.property(3, "c", b.ref(4), "ECW");
                    b.property(2, "b", b.ref(3), "ECW");
                    b.property(1, "a", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{ a: { b: { c: {} } } }"),
                row("{ a: { b: { c: [] } } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.array(4, 0);
                    b.setPrototype(4, b.intrinsic("AP"));
                    b.property(3, "c", b.ref(4), "ECW");
                    b.property(2, "b", b.ref(3), "ECW");
                    b.property(1, "a", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{ a: { b: { c: [] } } }"),
                row("{ a: [[[[1]]]] }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.array(2, 1);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.array(3, 1);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.array(4, 1);
                    b.setPrototype(4, b.intrinsic("AP"));
                    b.array(5, 1);
                    b.setPrototype(5, b.intrinsic("AP"));
                    b.element(5, 0, 1);
                    b.element(4, 0, b.ref(5));
                    b.element(3, 0, b.ref(4));
                    b.element(2, 0, b.ref(3));
                    b.property(1, "a", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{ a: [ [ [Array] ] ] }"),
                row("{ a: { b: [1, 2] }, c: { d: { e: 1 } } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.array(3, 2);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 1);
                    b.element(3, 1, 2);
                    b.property(2, "b", b.ref(3), "ECW");
                    b.property(1, "a", b.ref(2), "ECW");
                    b.object(4);
                    b.setPrototype(4, b.intrinsic("OP"));
                    b.object(5);
                    b.setPrototype(5, b.intrinsic("OP"));
                    b.property(5, "e", 1, "ECW");
                    b.property(4, "d", b.ref(5), "ECW");
                    b.property(1, "c", b.ref(4), "ECW");
                    return b.ref(1);
                }, "{ a: { b: [ 1, 2 ] }, c: { d: { e: 1 } } }"),
                row("{ first: [1, 2, 3], second: { inner: [1, 2, 3] } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.array(2, 3);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, 1);
                    b.element(2, 1, 2);
                    b.element(2, 2, 3);
                    b.property(1, "first", b.ref(2), "ECW");
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.array(4, 3);
                    b.setPrototype(4, b.intrinsic("AP"));
                    b.element(4, 0, 1);
                    b.element(4, 1, 2);
                    b.element(4, 2, 3);
                    b.property(3, "inner", b.ref(4), "ECW");
                    b.property(1, "second", b.ref(3), "ECW");
                    return b.ref(1);
                }, "{ first: [ 1, 2, 3 ], second: { inner: [ 1, 2, 3 ] } }"),
                row("{ a: 1, b: { c: { d: 1 } }, e: 2 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "a", 1, "ECW");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "d", 1, "ECW");
                    b.property(2, "c", b.ref(3), "ECW");
                    b.property(1, "b", b.ref(2), "ECW");
                    b.property(1, "e", 2, "ECW");
                    return b.ref(1);
                }, "{ a: 1, b: { c: { d: 1 } }, e: 2 }"),
                row("{ x: 'a'.repeat(60), y: 1 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "x", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ECW");
                    b.property(1, "y", 1, "ECW");
                    return b.ref(1);
                }, "{\n  x: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  y: 1\n}"),
                row("{ x: 'a'.repeat(70), y: 1 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "x", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ECW");
                    b.property(1, "y", 1, "ECW");
                    return b.ref(1);
                }, "{\n  x: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  y: 1\n}"),
                row("{ longKeyNumberOne: 1, longKeyNumberTwo: 2, longKeyNumberThree: 3, longKeyNumberFour: 4 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "longKeyNumberOne", 1, "ECW");
                    b.property(1, "longKeyNumberTwo", 2, "ECW");
                    b.property(1, "longKeyNumberThree", 3, "ECW");
                    b.property(1, "longKeyNumberFour", 4, "ECW");
                    return b.ref(1);
                }, "{\n  longKeyNumberOne: 1,\n  longKeyNumberTwo: 2,\n  longKeyNumberThree: 3,\n  longKeyNumberFour: 4\n}"),
                row("{ a: 'x'.repeat(30), b: 'y'.repeat(30), c: 1 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "a", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ECW");
                    b.property(1, "b", "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "ECW");
                    b.property(1, "c", 1, "ECW");
                    return b.ref(1);
                }, "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n  c: 1\n}"),
                row("{ a: 'x'.repeat(30), b: 'y'.repeat(31), c: 1 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "a", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ECW");
                    b.property(1, "b", "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "ECW");
                    b.property(1, "c", 1, "ECW");
                    return b.ref(1);
                }, "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n  c: 1\n}"),
                row("{ list: [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29] }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.array(2, 30);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, 0);
                    b.element(2, 1, 1);
                    b.element(2, 2, 2);
                    b.element(2, 3, 3);
                    b.element(2, 4, 4);
                    b.element(2, 5, 5);
                    b.element(2, 6, 6);
                    b.element(2, 7, 7);
                    b.element(2, 8, 8);
                    b.element(2, 9, 9);
                    b.element(2, 10, 10);
                    b.element(2, 11, 11);
                    b.element(2, 12, 12);
                    b.element(2, 13, 13);
                    b.element(2, 14, 14);
                    b.element(2, 15, 15);
                    b.element(2, 16, 16);
                    b.element(2, 17, 17);
                    b.element(2, 18, 18);
                    b.element(2, 19, 19);
                    b.element(2, 20, 20);
                    b.element(2, 21, 21);
                    b.element(2, 22, 22);
                    b.element(2, 23, 23);
                    b.element(2, 24, 24);
                    b.element(2, 25, 25);
                    b.element(2, 26, 26);
                    b.element(2, 27, 27);
                    b.element(2, 28, 28);
                    b.element(2, 29, 29);
                    b.property(1, "list", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{\n  list: [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16, 17,\n    18, 19, 20, 21, 22, 23, 24, 25, 26,\n    27, 28, 29\n  ]\n}"),
                row("{ nested: { list: [0,3,6,9,12,15,18,21,24,27,30,33,36,39,42,45,48,51,54,57,60,63,66,69,72,75] } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.array(3, 26);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 0);
                    b.element(3, 1, 3);
                    b.element(3, 2, 6);
                    b.element(3, 3, 9);
                    b.element(3, 4, 12);
                    b.element(3, 5, 15);
                    b.element(3, 6, 18);
                    b.element(3, 7, 21);
                    b.element(3, 8, 24);
                    b.element(3, 9, 27);
                    b.element(3, 10, 30);
                    b.element(3, 11, 33);
                    b.element(3, 12, 36);
                    b.element(3, 13, 39);
                    b.element(3, 14, 42);
                    b.element(3, 15, 45);
                    b.element(3, 16, 48);
                    b.element(3, 17, 51);
                    b.element(3, 18, 54);
                    b.element(3, 19, 57);
                    b.element(3, 20, 60);
                    b.element(3, 21, 63);
                    b.element(3, 22, 66);
                    b.element(3, 23, 69);
                    b.element(3, 24, 72);
                    b.element(3, 25, 75);
                    b.property(2, "list", b.ref(3), "ECW");
                    b.property(1, "nested", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{\n  nested: {\n    list: [\n       0,  3,  6,  9, 12, 15, 18, 21,\n      24, 27, 30, 33, 36, 39, 42, 45,\n      48, 51, 54, 57, 60, 63, 66, 69,\n      72, 75\n    ]\n  }\n}"),
                row("{ s: 'line1\\nline2\\nline3 is a long line that goes past the break length of eighty chars' }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "s", "line1\nline2\nline3 is a long line that goes past the break length of eighty chars", "ECW");
                    return b.ref(1);
                }, "{\n  s: 'line1\\n' +\n    'line2\\n' +\n    'line3 is a long line that goes past the break length of eighty chars'\n}"),
                row("{ s: 'a long string without any line breaks that is longer than the seventy-six chars' }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "s", "a long string without any line breaks that is longer than the seventy-six chars", "ECW");
                    return b.ref(1);
                }, "{\n  s: 'a long string without any line breaks that is longer than the seventy-six chars'\n}"),
                row("{ a: { b: { c: 'deep string that is fairly long to force line breaking in the output now' } } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "c", "deep string that is fairly long to force line breaking in the output now", "ECW");
                    b.property(2, "b", b.ref(3), "ECW");
                    b.property(1, "a", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{\n  a: {\n    b: {\n      c: 'deep string that is fairly long to force line breaking in the output now'\n    }\n  }\n}"),
                row("[{ name: 'alice', age: 30 }, { name: 'bob', age: 25 }, { name: 'carol', age: 35 }]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "name", "alice", "ECW");
                    b.property(2, "age", 30, "ECW");
                    b.element(1, 0, b.ref(2));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "name", "bob", "ECW");
                    b.property(3, "age", 25, "ECW");
                    b.element(1, 1, b.ref(3));
                    b.object(4);
                    b.setPrototype(4, b.intrinsic("OP"));
                    b.property(4, "name", "carol", "ECW");
                    b.property(4, "age", 35, "ECW");
                    b.element(1, 2, b.ref(4));
                    return b.ref(1);
                }, "[\n  { name: 'alice', age: 30 },\n  { name: 'bob', age: 25 },\n  { name: 'carol', age: 35 }\n]"),
                row("[{\"id\":0,\"label\":\"item number 0\",\"tags\":[\"a\",\"b\"]},{\"id\":1,\"label\":\"item number 1\",\"tags\":[\"a\",\"b\"]},{\"id\":2,\"label\":\"item number 2\",\"tags\":[\"a\",\"b\"]},{\"id\":3,\"label\":\"item number 3\",\"tags\":[\"a\",\"b\"]}]", b -> {
                    b.array(1, 4);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "id", 0, "ECW");
                    b.property(2, "label", "item number 0", "ECW");
                    b.array(3, 2);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, "a");
                    b.element(3, 1, "b");
                    b.property(2, "tags", b.ref(3), "ECW");
                    b.element(1, 0, b.ref(2));
                    b.object(4);
                    b.setPrototype(4, b.intrinsic("OP"));
                    b.property(4, "id", 1, "ECW");
                    b.property(4, "label", "item number 1", "ECW");
                    b.array(5, 2);
                    b.setPrototype(5, b.intrinsic("AP"));
                    b.element(5, 0, "a");
                    b.element(5, 1, "b");
                    b.property(4, "tags", b.ref(5), "ECW");
                    b.element(1, 1, b.ref(4));
                    b.object(6);
                    b.setPrototype(6, b.intrinsic("OP"));
                    b.property(6, "id", 2, "ECW");
                    b.property(6, "label", "item number 2", "ECW");
                    b.array(7, 2);
                    b.setPrototype(7, b.intrinsic("AP"));
                    b.element(7, 0, "a");
                    b.element(7, 1, "b");
                    b.property(6, "tags", b.ref(7), "ECW");
                    b.element(1, 2, b.ref(6));
                    b.object(8);
                    b.setPrototype(8, b.intrinsic("OP"));
                    b.property(8, "id", 3, "ECW");
                    b.property(8, "label", "item number 3", "ECW");
                    b.array(9, 2);
                    b.setPrototype(9, b.intrinsic("AP"));
                    b.element(9, 0, "a");
                    b.element(9, 1, "b");
                    b.property(8, "tags", b.ref(9), "ECW");
                    b.element(1, 3, b.ref(8));
                    return b.ref(1);
                }, "[\n  { id: 0, label: 'item number 0', tags: [ 'a', 'b' ] },\n  { id: 1, label: 'item number 1', tags: [ 'a', 'b' ] },\n  { id: 2, label: 'item number 2', tags: [ 'a', 'b' ] },\n  { id: 3, label: 'item number 3', tags: [ 'a', 'b' ] }\n]"),
                row("{ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.array(2, 3);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.array(3, 3);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 1);
                    b.element(3, 1, 2);
                    b.element(3, 2, 3);
                    b.element(2, 0, b.ref(3));
                    b.array(4, 3);
                    b.setPrototype(4, b.intrinsic("AP"));
                    b.element(4, 0, 4);
                    b.element(4, 1, 5);
                    b.element(4, 2, 6);
                    b.element(2, 1, b.ref(4));
                    b.array(5, 3);
                    b.setPrototype(5, b.intrinsic("AP"));
                    b.element(5, 0, 7);
                    b.element(5, 1, 8);
                    b.element(5, 2, 9);
                    b.element(2, 2, b.ref(5));
                    b.property(1, "matrix", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{ matrix: [ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ] }"),
                row("[[1, 2, 3], [4, 5, 6], [7, 8, 9]]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.array(2, 3);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, 1);
                    b.element(2, 1, 2);
                    b.element(2, 2, 3);
                    b.element(1, 0, b.ref(2));
                    b.array(3, 3);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 4);
                    b.element(3, 1, 5);
                    b.element(3, 2, 6);
                    b.element(1, 1, b.ref(3));
                    b.array(4, 3);
                    b.setPrototype(4, b.intrinsic("AP"));
                    b.element(4, 0, 7);
                    b.element(4, 1, 8);
                    b.element(4, 2, 9);
                    b.element(1, 2, b.ref(4));
                    return b.ref(1);
                }, "[ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ]"),
                row("Object.create(null)", b -> {
                    b.object(1);
                    b.setPrototype(1, null);
                    return b.ref(1);
                }, "[Object: null prototype] {}"),
                row("Object.assign(Object.create(null), { a: 1 })", b -> {
                    b.object(1);
                    b.setPrototype(1, null);
                    b.property(1, "a", 1, "ECW");
                    return b.ref(1);
                }, "[Object: null prototype] { a: 1 }"),
                row("{ n: Object.create(null) }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, null);
                    b.property(1, "n", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{ n: [Object: null prototype] {} }"),
                row("Object.create({ inherited: 1 })", b -> {
                    b.object(1);
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "inherited", 1, "ECW");
                    b.setPrototype(1, b.ref(2));
                    return b.ref(1);
                }, "{}"),
                row("Object.defineProperty({}, 'hidden', { value: 1 })", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "hidden", 1, "");
                    return b.ref(1);
                }, "{}"),
                row("Object.defineProperty({ a: 1 }, 'h', { value: 2, enumerable: false })", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "a", 1, "ECW");
                    b.property(1, "h", 2, "");
                    return b.ref(1);
                }, "{ a: 1 }"),
                row("{ get g() { return 1; } }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.function(2, "get g", 0, 1);
                    b.setPrototype(2, b.intrinsic("FP"));
                    b.accessor(1, "g", b.ref(2), null, "EC");
                    return b.ref(1);
                }, "{ g: [Getter] }"),
                row("{ set s(v) {} }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.function(2, "set s", 1, U);
                    b.setPrototype(2, b.intrinsic("FP"));
                    b.accessor(1, "s", null, b.ref(2), "EC");
                    return b.ref(1);
                }, "{ s: [Setter] }"),
                row("{ get gs() { return 1; }, set gs(v) {} }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.function(2, "get gs", 0, 1);
                    b.setPrototype(2, b.intrinsic("FP"));
                    b.function(3, "set gs", 1, U);
                    b.setPrototype(3, b.intrinsic("FP"));
                    b.accessor(1, "gs", b.ref(2), b.ref(3), "EC");
                    return b.ref(1);
                }, "{ gs: [Getter/Setter] }"),
                row("{ __proto__: null, ['__proto__']: 1 }", b -> {
                    b.object(1);
                    b.setPrototype(1, null);
                    b.property(1, "__proto__", 1, "ECW");
                    return b.ref(1);
                }, "[Object: null prototype] { ['__proto__']: 1 }"),
                row("(() => { const o = { a: 1 }; o.self = o; return o; })()", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "a", 1, "ECW");
                    b.property(1, "self", b.ref(1), "ECW");
                    return b.ref(1);
                }, "<ref *1> { a: 1, self: [Circular *1] }"),
                row("(() => { const o = { a: [] }; o.a.push(o); return o; })()", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.array(2, 1);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, b.ref(1));
                    b.property(1, "a", b.ref(2), "ECW");
                    return b.ref(1);
                }, "<ref *1> { a: [ [Circular *1] ] }"),
                row("(() => { const a = [1]; a.push(a); return a; })()", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 1, b.ref(1));
                    return b.ref(1);
                }, "<ref *1> [ 1, [Circular *1] ]"),
                row("(() => { const o = {}; const p = { o }; o.p = p; return [o, p]; })()", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "o", b.ref(2), "ECW");
                    b.property(2, "p", b.ref(3), "ECW");
                    b.element(1, 0, b.ref(2));
                    b.element(1, 1, b.ref(3));
                    return b.ref(1);
                }, "[\n  <ref *1> { p: { o: [Circular *1] } },\n  <ref *2> { o: <ref *1> { p: [Circular *2] } }\n]"),
                row("(() => { const x = {}; const y = { x }; x.y = y; const z = { x, y }; z.z = z; return z; })()", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "x", b.ref(2), "ECW");
                    b.property(2, "y", b.ref(3), "ECW");
                    b.property(1, "x", b.ref(2), "ECW");
                    b.property(1, "y", b.ref(3), "ECW");
                    b.property(1, "z", b.ref(1), "ECW");
                    return b.ref(1);
                }, "<ref *3> {\n  x: <ref *1> { y: { x: [Circular *1] } },\n  y: <ref *2> { x: <ref *1> { y: [Circular *2] } },\n  z: [Circular *3]\n}"),
                row("function f() {}", b -> {
                    b.function(1, "f", 0, U);
                    b.setPrototype(1, b.intrinsic("FP"));
                    b.property(1, "arguments", NULL, "");
                    b.property(1, "caller", NULL, "");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "constructor", b.ref(1), "CW");
                    b.property(1, "prototype", b.ref(2), "W");
                    return b.ref(1);
                }, "[Function: f]"),
                row("function () {}", b -> {
                    b.function(1, "", 0, U);
                    b.setPrototype(1, b.intrinsic("FP"));
                    b.property(1, "arguments", NULL, "");
                    b.property(1, "caller", NULL, "");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "constructor", b.ref(1), "CW");
                    b.property(1, "prototype", b.ref(2), "W");
                    return b.ref(1);
                }, "[Function (anonymous)]"),
                row("(() => {})", b -> {
                    b.function(1, "", 0, U);
                    b.setPrototype(1, b.intrinsic("FP"));
                    return b.ref(1);
                }, "[Function (anonymous)]"),
                row("Object.assign(function g() {}, { a: 1 })", b -> {
                    b.function(1, "g", 0, U);
                    b.setPrototype(1, b.intrinsic("FP"));
                    b.property(1, "arguments", NULL, "");
                    b.property(1, "caller", NULL, "");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "constructor", b.ref(1), "CW");
                    b.property(1, "prototype", b.ref(2), "W");
                    b.property(1, "a", 1, "ECW");
                    return b.ref(1);
                }, "[Function: g] { a: 1 }"),
                row("{ fn: function named() {}, arrow: () => 1 }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.function(2, "named", 0, U);
                    b.setPrototype(2, b.intrinsic("FP"));
                    b.property(2, "arguments", NULL, "");
                    b.property(2, "caller", NULL, "");
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "constructor", b.ref(2), "CW");
                    b.property(2, "prototype", b.ref(3), "W");
                    b.property(1, "fn", b.ref(2), "ECW");
                    b.function(4, "arrow", 0, U);
                    b.setPrototype(4, b.intrinsic("FP"));
                    b.property(1, "arrow", b.ref(4), "ECW");
                    return b.ref(1);
                }, "{ fn: [Function: named], arrow: [Function: arrow] }"),
                row("Object", b -> b.intrinsic("G:Object"), "[Function: Object]"),
                row("Math.max", b -> {
                    b.function(1, "max", 2, U);
                    b.setPrototype(1, b.intrinsic("FP"));
                    return b.ref(1);
                }, "[Function: max]"),
                row("parseInt", b -> b.intrinsic("G:parseInt"), "[Function: parseInt]"),
                row("[function a() {}, function b() {}]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.function(2, "a", 0, U);
                    b.setPrototype(2, b.intrinsic("FP"));
                    b.property(2, "arguments", NULL, "");
                    b.property(2, "caller", NULL, "");
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "constructor", b.ref(2), "CW");
                    b.property(2, "prototype", b.ref(3), "W");
                    b.element(1, 0, b.ref(2));
                    b.function(4, "b", 0, U);
                    b.setPrototype(4, b.intrinsic("FP"));
                    b.property(4, "arguments", NULL, "");
                    b.property(4, "caller", NULL, "");
                    b.object(5);
                    b.setPrototype(5, b.intrinsic("OP"));
                    b.property(5, "constructor", b.ref(4), "CW");
                    b.property(4, "prototype", b.ref(5), "W");
                    b.element(1, 1, b.ref(4));
                    return b.ref(1);
                }, "[ [Function: a], [Function: b] ]"),
                row("(() => { function Point(x, y) { this.x = x; this.y = y; } return new Point(1, 2); })()", b -> {
                    b.object(1);
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.function(3, "Point", 2, U);
                    b.setPrototype(3, b.intrinsic("FP"));
                    b.property(3, "arguments", NULL, "");
                    b.property(3, "caller", NULL, "");
                    b.property(3, "prototype", b.ref(2), "W");
                    b.property(2, "constructor", b.ref(3), "CW");
                    b.setPrototype(1, b.ref(2));
                    b.property(1, "x", 1, "ECW");
                    b.property(1, "y", 2, "ECW");
                    return b.ref(1);
                }, "Point { x: 1, y: 2 }"),
                row("(() => { function Empty() {} return new Empty(); })()", b -> {
                    b.object(1);
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.function(3, "Empty", 0, U);
                    b.setPrototype(3, b.intrinsic("FP"));
                    b.property(3, "arguments", NULL, "");
                    b.property(3, "caller", NULL, "");
                    b.property(3, "prototype", b.ref(2), "W");
                    b.property(2, "constructor", b.ref(3), "CW");
                    b.setPrototype(1, b.ref(2));
                    return b.ref(1);
                }, "Empty {}"),
                row("(() => { function P() { this.v = 1; } return [new P(), { p: new P() }]; })()", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.object(2);
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.function(4, "P", 0, U);
                    b.setPrototype(4, b.intrinsic("FP"));
                    b.property(4, "arguments", NULL, "");
                    b.property(4, "caller", NULL, "");
                    b.property(4, "prototype", b.ref(3), "W");
                    b.property(3, "constructor", b.ref(4), "CW");
                    b.setPrototype(2, b.ref(3));
                    b.property(2, "v", 1, "ECW");
                    b.element(1, 0, b.ref(2));
                    b.object(5);
                    b.setPrototype(5, b.intrinsic("OP"));
                    b.object(6);
                    b.setPrototype(6, b.ref(3));
                    b.property(6, "v", 1, "ECW");
                    b.property(5, "p", b.ref(6), "ECW");
                    b.element(1, 1, b.ref(5));
                    return b.ref(1);
                }, "[ P { v: 1 }, { p: P { v: 1 } } ]"),
                row("(() => { function F() {} const f = new F(); f.a = { b: { c: { d: 1 } } }; return f; })()", b -> {
                    b.object(1);
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.function(3, "F", 0, U);
                    b.setPrototype(3, b.intrinsic("FP"));
                    b.property(3, "arguments", NULL, "");
                    b.property(3, "caller", NULL, "");
                    b.property(3, "prototype", b.ref(2), "W");
                    b.property(2, "constructor", b.ref(3), "CW");
                    b.setPrototype(1, b.ref(2));
                    b.object(4);
                    b.setPrototype(4, b.intrinsic("OP"));
                    b.object(5);
                    b.setPrototype(5, b.intrinsic("OP"));
                    b.object(6);
                    b.setPrototype(6, b.intrinsic("OP"));
                    b.property(6, "d", 1, "ECW");
                    b.property(5, "c", b.ref(6), "ECW");
                    b.property(4, "b", b.ref(5), "ECW");
                    b.property(1, "a", b.ref(4), "ECW");
                    return b.ref(1);
                }, "F { a: { b: { c: [Object] } } }"),
                row("(() => { const F = function () {}; return new F(); })()", b -> {
                    b.object(1);
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.function(3, "F", 0, U);
                    b.setPrototype(3, b.intrinsic("FP"));
                    b.property(3, "arguments", NULL, "");
                    b.property(3, "caller", NULL, "");
                    b.property(3, "prototype", b.ref(2), "W");
                    b.property(2, "constructor", b.ref(3), "CW");
                    b.setPrototype(1, b.ref(2));
                    return b.ref(1);
                }, "F {}"),
                row("new Error('boom')", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:Error"));
                    b.property(1, "stack", "Error: boom", "CW");
                    b.property(1, "message", "boom", "CW");
                    return b.ref(1);
                }, "[Error: boom]"),
                row("new TypeError('bad type')", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:TypeError"));
                    b.property(1, "stack", "TypeError: bad type", "CW");
                    b.property(1, "message", "bad type", "CW");
                    return b.ref(1);
                }, "[TypeError: bad type]"),
                row("new RangeError()", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:RangeError"));
                    b.property(1, "stack", "RangeError", "CW");
                    return b.ref(1);
                }, "[RangeError]"),
                row("[new Error('in array')]", b -> {
                    b.array(1, 1);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.error(2);
                    b.setPrototype(2, b.intrinsic("EP:Error"));
                    b.property(2, "stack", "Error: in array", "CW");
                    b.property(2, "message", "in array", "CW");
                    b.element(1, 0, b.ref(2));
                    return b.ref(1);
                }, "[ [Error: in array] ]"),
                row("{ e: new Error('in object') }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.error(2);
                    b.setPrototype(2, b.intrinsic("EP:Error"));
                    b.property(2, "stack", "Error: in object", "CW");
                    b.property(2, "message", "in object", "CW");
                    b.property(1, "e", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{ e: [Error: in object] }"),
                row("Object.assign(new Error('with props'), { code: 42 })", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:Error"));
                    b.property(1, "stack", "Error: with props", "CW");
                    b.property(1, "message", "with props", "CW");
                    b.property(1, "code", 42, "ECW");
                    return b.ref(1);
                }, "[Error: with props] { code: 42 }"),
                row("(() => { const e = new Error('x'); e.name = 'Custom'; return e; })()", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:Error"));
                    b.property(1, "stack", "Custom: x", "CW");
                    b.property(1, "message", "x", "CW");
                    b.property(1, "name", "Custom", "ECW");
                    return b.ref(1);
                }, "[Custom: x]"),
                row("(() => { const e = new Error('msg'); e.stack = 'Error: msg\\n    at f (file.js:1:2)\\n    at file.js:3:4'; return e; })()", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:Error"));
                    b.property(1, "stack", "Error: msg\n    at f (file.js:1:2)\n    at file.js:3:4", "CW");
                    b.property(1, "message", "msg", "CW");
                    return b.ref(1);
                }, "Error: msg\n    at f (file.js:1:2)\n    at file.js:3:4"),
                row("(() => { const e = new Error('msg'); e.stack = 'Error: msg\\n    at f (file.js:1:2)'; return { err: e }; })()", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.error(2);
                    b.setPrototype(2, b.intrinsic("EP:Error"));
                    b.property(2, "stack", "Error: msg\n    at f (file.js:1:2)", "CW");
                    b.property(2, "message", "msg", "CW");
                    b.property(1, "err", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{\n  err: Error: msg\n      at f (file.js:1:2)\n}"),
                row("(() => { const e = new Error('msg'); e.stack = 'Error: msg\\n    at f (file.js:1:2)'; return [e, 1]; })()", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.error(2);
                    b.setPrototype(2, b.intrinsic("EP:Error"));
                    b.property(2, "stack", "Error: msg\n    at f (file.js:1:2)", "CW");
                    b.property(2, "message", "msg", "CW");
                    b.element(1, 0, b.ref(2));
                    b.element(1, 1, 1);
                    return b.ref(1);
                }, "[\n  Error: msg\n      at f (file.js:1:2),\n  1\n]"),
                row("(() => { const e = new Error('msg'); e.stack = 'Error: msg\\n    at f (file.js:1:2)'; e.extra = 1; return e; })()", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:Error"));
                    b.property(1, "stack", "Error: msg\n    at f (file.js:1:2)", "CW");
                    b.property(1, "message", "msg", "CW");
                    b.property(1, "extra", 1, "ECW");
                    return b.ref(1);
                }, "Error: msg\n    at f (file.js:1:2) {\n  extra: 1\n}"),
                row("(() => { const e = new TypeError('t'); e.stack = 'TypeError: t\\n    at g (a.js:10:5)'; return { a: { e } }; })()", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.error(3);
                    b.setPrototype(3, b.intrinsic("EP:TypeError"));
                    b.property(3, "stack", "TypeError: t\n    at g (a.js:10:5)", "CW");
                    b.property(3, "message", "t", "CW");
                    b.property(2, "e", b.ref(3), "ECW");
                    b.property(1, "a", b.ref(2), "ECW");
                    return b.ref(1);
                }, "{\n  a: {\n    e: TypeError: t\n        at g (a.js:10:5)\n  }\n}"),
                row("(() => { const e = new Error('msg'); e.stack = ''; return e; })()", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:Error"));
                    b.property(1, "stack", "", "CW");
                    b.property(1, "message", "msg", "CW");
                    return b.ref(1);
                }, "[Error: msg]"),
                row("new Error('x', { cause: 'why' })", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:Error"));
                    b.property(1, "stack", "Error: x", "CW");
                    b.property(1, "message", "x", "CW");
                    b.property(1, "cause", "why", "CW");
                    return b.ref(1);
                }, "[Error: x] { [cause]: 'why' }"),
                row("new Error('x', { cause: new Error('inner') })", b -> {
                    b.error(1);
                    b.setPrototype(1, b.intrinsic("EP:Error"));
                    b.property(1, "stack", "Error: x", "CW");
                    b.property(1, "message", "x", "CW");
                    b.error(2);
                    b.setPrototype(2, b.intrinsic("EP:Error"));
                    b.property(2, "stack", "Error: inner", "CW");
                    b.property(2, "message", "inner", "CW");
                    b.property(1, "cause", b.ref(2), "CW");
                    return b.ref(1);
                }, "[Error: x] { [cause]: [Error: inner] }"),
                row("(() => { function MyError(m) { this.message = m; } MyError.prototype = Object.create(Error.prototype); MyError.prototype.constructor = MyError; MyError.prototype.name = 'MyError'; return new MyError('mine'); })()", b -> {
                    b.error(1);
                    b.error(2);
                    b.setPrototype(2, b.intrinsic("EP:Error"));
                    b.function(3, "MyError", 1, U);
                    b.setPrototype(3, b.intrinsic("FP"));
                    b.property(3, "arguments", NULL, "");
                    b.property(3, "caller", NULL, "");
                    b.property(3, "prototype", b.ref(2), "W");
                    b.property(2, "constructor", b.ref(3), "ECW");
                    b.property(2, "name", "MyError", "ECW");
                    b.setPrototype(1, b.ref(2));
                    b.property(1, "message", "mine", "ECW");
                    return b.ref(1);
                }, "[MyError: mine]"),
                row("(() => { function E2() {} E2.prototype = Object.create(Error.prototype); E2.prototype.constructor = E2; const e = new E2(); e.stack = 'Error: base\\n    at x (y.js:1:1)'; return e; })()", b -> {
                    b.error(1);
                    b.error(2);
                    b.setPrototype(2, b.intrinsic("EP:Error"));
                    b.function(3, "E2", 0, U);
                    b.setPrototype(3, b.intrinsic("FP"));
                    b.property(3, "arguments", NULL, "");
                    b.property(3, "caller", NULL, "");
                    b.property(3, "prototype", b.ref(2), "W");
                    b.property(2, "constructor", b.ref(3), "ECW");
                    b.setPrototype(1, b.ref(2));
                    b.property(1, "stack", "Error: base\n    at x (y.js:1:1)", "ECW");
                    return b.ref(1);
                }, "E2 [Error]: base\n    at x (y.js:1:1)"),
                row("Function.prototype", b -> b.intrinsic("FP"), "[Function (anonymous)] Object"),
                row("[Function.prototype]", b -> {
                    b.array(1, 1);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, b.intrinsic("FP"));
                    return b.ref(1);
                }, "[ [Function (anonymous)] Object ]"),
                row("Object.prototype", b -> b.intrinsic("OP"), "[Object: null prototype] {}"),
                row("Error.prototype", b -> b.intrinsic("EP:Error"), "{}"),
                row("{ p: Object.prototype }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "p", b.intrinsic("OP"), "ECW");
                    return b.ref(1);
                }, "{ p: [Object: null prototype] {} }"),
                row("Number.prototype", b -> b.intrinsic("NP"), "{}"),
                row("new Number(5)", b -> {
                    b.wrapper(1, 5);
                    b.setPrototype(1, b.intrinsic("NP"));
                    return b.ref(1);
                }, "[Number: 5]"),
                row("new Number(-0)", b -> {
                    b.wrapper(1, -0.0);
                    b.setPrototype(1, b.intrinsic("NP"));
                    return b.ref(1);
                }, "[Number: -0]"),
                row("new String('ab')", b -> {
                    b.wrapper(1, "ab");
                    b.setPrototype(1, b.intrinsic("SP"));
                    return b.ref(1);
                }, "[String: 'ab']"),
                row("new Boolean(false)", b -> {
                    b.wrapper(1, false);
                    b.setPrototype(1, b.intrinsic("BP"));
                    return b.ref(1);
                }, "[Boolean: false]"),
                row("Object.assign(new Number(1), { a: 1 })", b -> {
                    b.wrapper(1, 1);
                    b.setPrototype(1, b.intrinsic("NP"));
                    b.property(1, "a", 1, "ECW");
                    return b.ref(1);
                }, "[Number: 1] { a: 1 }"),
                row("Math", b -> b.intrinsic("G:Math"), "Object [Math] {}"),
                row("JSON", b -> b.intrinsic("G:JSON"), "Object [JSON] {}"),
                row("{ m: Math }", b -> {
                    b.object(1);
                    b.setPrototype(1, b.intrinsic("OP"));
                    b.property(1, "m", b.intrinsic("G:Math"), "ECW");
                    return b.ref(1);
                }, "{ m: Object [Math] {} }")
        );
    }

    private static Arguments row(String js, Function<ValueBuilder, Object> build, String expected) {
        return Arguments.of(js, build, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsAsNodeDoes(String js, Function<ValueBuilder, Object> build, String expected) {
        ValueBuilder b = new ValueBuilder(Builtins.createRealm(System.out, System.err));
        Object value = build.apply(b);
        assertEquals(expected, Inspect.inspect(b.realm, value), js);
    }
}
