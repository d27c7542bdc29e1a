#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 858:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.matchingBitCount = exports.intLog2 = exports.cidrPrefixToMaskBinaryString = exports.leftPadWithZeroBit = exports.dottedDecimalNotationToBinaryString = exports.parseBinaryStringToBigInt = exports.decimalNumberToOctetString = exports.numberToBinaryString = void 0;
/**
 * Converts a decimal number to binary string
 *
 * @param num number to parse
 * @returns {string} the binary string representation of number
 */
let numberToBinaryString = (num) => {
    return num.toString(2);
};
exports.numberToBinaryString = numberToBinaryString;
/**
 * Converts a decimal number to binary octet (8 bit) string. If needed the octet will be padded with zeros
 * to make it up to 8 bits
 *
 * @param {number} num to convert to octet string
 * @returns {string} the octet string representation of given number
 */
let decimalNumberToOctetString = (num) => {
    let binaryString = (0, exports.numberToBinaryString)(num);
    let length = binaryString.length;
    if (length > 8) {
        throw new Error("Given decimal in binary contains digits greater than an octet");
    }
    return (0, exports.leftPadWithZeroBit)(binaryString, 8);
};
exports.decimalNumberToOctetString = decimalNumberToOctetString;
/**
 * Parses number in binary to number in BigInt
 *
 * @param num binary number in string to parse
 * @returns {number} binary number in BigInt
 */
let parseBinaryStringToBigInt = (num) => {
    return BigInt(`0b${num}`);
};
exports.parseBinaryStringToBigInt = parseBinaryStringToBigInt;
/**
 * Given an IPv4 number in dot-decimal notated string, e.g 192.168.0.1 converts it to
 * binary string, e.g. '11000000101010000000000000000001'
 *
 * @param dottedDecimal IPv4 string in dot-decimal notation
 * @returns {string} the binary value of the given ipv4 number in string
 */
let dottedDecimalNotationToBinaryString = (dottedDecimal) => {
    let stringOctets = dottedDecimal.split(".");
    return stringOctets.reduce((binaryAsString, octet) => {
        return binaryAsString.concat((0, exports.decimalNumberToOctetString)(parseInt(octet)));
    }, '');
};
exports.dottedDecimalNotationToBinaryString = dottedDecimalNotationToBinaryString;
/**
 * Given a binary string, adds a number of zero to the left until string is as long as the given string length
 * @param {string} binaryString the string to pad
 * @param {number} finalStringLength the final length of string after padding
 * @returns {string}
 */
let leftPadWithZeroBit = (binaryString, finalStringLength) => {
    if (binaryString.length > finalStringLength) {
        throw new Error(`Given string is already longer than given final length after padding: ${finalStringLength}`);
    }
    return "0".repeat(finalStringLength - binaryString.length).concat(binaryString);
};
exports.leftPadWithZeroBit = leftPadWithZeroBit;
/**
 * Given the prefix portion of a cidr notation and the type of IP number, returns the mask in binary string
 *
 * @param {number} cidrPrefix the prefix part of a cidr notation
 * @param {IPNumType.IPv4 | IPNumType.IPv6} ipType the type of the ip number in the range the cidr represents
 */
let cidrPrefixToMaskBinaryString = (cidrPrefix, ipType) => {
    let cidrUpperValue;
    if (ipType == "IPv4" /* IPNumType.IPv4 */) {
        cidrUpperValue = 32;
    }
    else {
        cidrUpperValue = 128;
    }
    if (cidrPrefix > cidrUpperValue)
        throw Error(`Value is greater than ${cidrUpperValue}`);
    let onBits = '1'.repeat(cidrPrefix);
    let offBits = '0'.repeat(cidrUpperValue - cidrPrefix);
    return `${onBits}${offBits}`;
};
exports.cidrPrefixToMaskBinaryString = cidrPrefixToMaskBinaryString;
/**
 * Calculates the log, to base 2 of given number.
 *
 * @throws Error if number cannot be converted to log base 2
 * @param givenNumber the number to calculate log base 2
 * @return the log base 2 of given number
 */
let intLog2 = (givenNumber) => {
    let result = 0;
    if (givenNumber <= 0n) {
        throw new Error(`The value of log2 for ${givenNumber.toString()} is not an integer`);
    }
    if (givenNumber === 1n) {
        return 0;
    }
    while (givenNumber % 2n === 0n) {
        if (givenNumber === 2n) {
            result++;
            break;
        }
        givenNumber = givenNumber >> 1n;
        if (givenNumber % 2n !== 0n) {
            result = 0;
            break;
        }
        result++;
    }
    if (result == 0) {
        throw new Error(`The value of log2 for ${givenNumber.toString()} is not an integer`);
    }
    return result;
};
exports.intLog2 = intLog2;
/**
 * Starting from the most significant bit (from left) returns the number of first bits from both string that are equal
 * @param firstBinaryString first binary string
 * @param secondBinaryString second binary string
 */
let matchingBitCount = (firstBinaryString, secondBinaryString) => {
    let longerString;
    let otherString;
    if (firstBinaryString.length >= secondBinaryString.length) {
        longerString = firstBinaryString;
        otherString = secondBinaryString;
    }
    else {
        longerString = secondBinaryString;
        otherString = firstBinaryString;
    }
    let count = 0;
    for (; count < longerString.length; count++) {
        if (longerString.charAt(count) === otherString.charAt(count)) {
            continue;
        }
        break;
    }
    return count;
};
exports.matchingBitCount = matchingBitCount;
//# sourceMappingURL=BinaryUtils.js.map

/***/ }),

/***/ 248:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Hexadecatet = void 0;
const Validator_1 = __nccwpck_require__(74);
/**
 * A representation of a 4-digit hexadecimal number.
 *
 * It consists of four (base 16) number. ie FFFF
 *
 * It is used to represents the components of an IPv6 address
 */
class Hexadecatet {
    /**
     * A convenience method for constructing an instance of {@link Hexadecatet} from a four (base 16) number
     * representation of a 16bit value.
     *
     * @param {string} rawValue the four (base 16) number
     * @returns {Hexadecatet} an instance of {@link Hexadecatet}
     */
    static fromString(rawValue) {
        return new Hexadecatet(rawValue);
    }
    ;
    /**
     * A convenience method for constructing an instance of {@link Hexadecatet} from a decimal number representation
     * of a 16 bit value
     *
     * @param {number} rawValue decimal number representation of a 16 bit value
     * @returns {Hexadecatet} an instance of {@link Hexadecatet}
     */
    static fromNumber(rawValue) {
        return new Hexadecatet(rawValue);
    }
    ;
    /**
     * Constructor for creating an instance of {@link Hexadecatet}
     *
     * @param {string | number} givenValue a string or numeric value. If given value is a string then it should be a
     * four (base 16) number representation of a 16bit value. If it is a number, then it should be a decimal number
     * representation of a 16 bit value
     */
    constructor(givenValue) {
        let hexadecatetValue;
        if (typeof givenValue === 'string') {
            hexadecatetValue = parseInt(givenValue, 16);
        }
        else {
            hexadecatetValue = parseInt(String(givenValue), 16);
        }
        let [isValid, message] = Validator_1.Validator.isValidIPv6Hexadecatet(BigInt(hexadecatetValue));
        if (!isValid) {
            throw Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        this.value = hexadecatetValue;
    }
    /**
     * Returns the numeric value in base 10 (ie decimal)
     *
     * @returns {number} the numeric value in base 10 (ie decimal)
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns the string representation of the base 16 representation of the value
     * @returns {string} the string representation of the base 16 representation of the value
     */
    // TODO pad with a zero if digit is less than 4
    toString() {
        return this.value.toString(16);
    }
}
exports.Hexadecatet = Hexadecatet;
//# sourceMappingURL=Hexadecatet.js.map

/***/ }),

/***/ 6:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hexadectetNotationToBinaryString = exports.binaryStringToHexadecimalString = exports.colonHexadecimalNotationToBinaryString = exports.hexadecimalStringToHexadecatetString = exports.hexadecimalStringToBinaryString = exports.bigIntToHexadecimalString = void 0;
const IPv6Utils_1 = __nccwpck_require__(510);
const BinaryUtils_1 = __nccwpck_require__(858);
/**
 * Converts a given bigint number to a hexadecimal string
 * @param num the bigint number
 * @returns {string} the hexadeciaml string
 */
let bigIntToHexadecimalString = (num) => {
    return num.toString(16);
};
exports.bigIntToHexadecimalString = bigIntToHexadecimalString;
/**
 * Converts a number in hexadecimal (base 16) to binary string
 * @param {string} hexadecimalString the number in base 16
 * @returns {string} the number converted to base 2
 */
let hexadecimalStringToBinaryString = (hexadecimalString) => {
    let inDecimal = BigInt(`0x${hexadecimalString}`);
    return inDecimal.toString(2);
};
exports.hexadecimalStringToBinaryString = hexadecimalStringToBinaryString;
/**
 * Converts a number in hexadecimal (base 16) to binary hexadecatet string.
 * This means the bits in the output cannot be more than 16
 *
 * @param hexadecimalString {string} the number converted to binary hexadecatet string
 */
let hexadecimalStringToHexadecatetString = (hexadecimalString) => {
    let binaryString = (0, exports.hexadecimalStringToBinaryString)(hexadecimalString);
    let length = binaryString.length;
    if (length > 16) {
        throw new Error("Given decimal in binary contains digits greater than an Hexadecatet");
    }
    return (0, BinaryUtils_1.leftPadWithZeroBit)(binaryString, 16);
};
exports.hexadecimalStringToHexadecatetString = hexadecimalStringToHexadecatetString;
/**
 * Given an IPv6 number in hexadecimal notated string, e.g 2001:0db8:0000:0000:0000:0000:0000:0000 converts it to
 * binary string
 *
 * @param hexadecimalString IPv6 string
 * @returns {string} the binary value of the given ipv6 number in string
 */
let colonHexadecimalNotationToBinaryString = (hexadecimalString) => {
    let expandedIPv6 = (0, IPv6Utils_1.expandIPv6Number)(hexadecimalString);
    let stringHexadecimal = expandedIPv6.split(":");
    return stringHexadecimal.reduce((binaryAsString, hexidecimal) => {
        return binaryAsString.concat((0, exports.hexadecimalStringToHexadecatetString)(hexidecimal));
    }, '');
};
exports.colonHexadecimalNotationToBinaryString = colonHexadecimalNotationToBinaryString;
/**
 * Converts number in binary string to hexadecimal string
 * @param {string} num in binary string
 * @returns {string} num in hexadecimal string
 */
let binaryStringToHexadecimalString = (num) => {
    // first convert to binary string to decimal (big Integer)
    let inDecimal = BigInt(`0b${num}`);
    return inDecimal.toString(16);
};
exports.binaryStringToHexadecimalString = binaryStringToHexadecimalString;
/**
 * Converts a given IPv6 number expressed in the hexadecimal string notation into a 16 bit binary number in string
 * @param {string} hexadectetString the IPv6 number
 * @returns {string} the IPv6 number converted to binary string
 */
let hexadectetNotationToBinaryString = (hexadectetString) => {
    let expand = (0, IPv6Utils_1.expandIPv6Number)(hexadectetString);
    let hexadecimals = expand.split(":");
    return hexadecimals.reduce((hexadecimalAsString, hexavalue) => {
        return hexadecimalAsString.concat((0, BinaryUtils_1.leftPadWithZeroBit)((0, exports.hexadecimalStringToBinaryString)(hexavalue), 16));
    }, '');
};
exports.hexadectetNotationToBinaryString = hexadectetNotationToBinaryString;
//# sourceMappingURL=HexadecimalUtils.js.map

/***/ }),

/***/ 875:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=IPNumType.js.map

/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IPv6Mask = exports.IPv4Mask = exports.IPv6 = exports.Asn = exports.IPv4 = exports.AbstractIPNum = void 0;
exports.isIPv4 = isIPv4;
const Octet_1 = __nccwpck_require__(311);
const Validator_1 = __nccwpck_require__(74);
const BinaryUtils_1 = __nccwpck_require__(858);
const BinaryUtils_2 = __nccwpck_require__(858);
const BinaryUtils_3 = __nccwpck_require__(858);
const BinaryUtils_4 = __nccwpck_require__(858);
const Hexadecatet_1 = __nccwpck_require__(248);
const HexadecimalUtils_1 = __nccwpck_require__(6);
const IPv6Utils_1 = __nccwpck_require__(510);
const HexadecimalUtils_2 = __nccwpck_require__(6);
const IPRange_1 = __nccwpck_require__(586);
const IPRange_2 = __nccwpck_require__(586);
/**
 * Provides the implementation of functionality that are common
 * to {@link IPv4}, {@link IPv6}, {@link IPv4Mask} and {@link IPv6Mask}
 */
class AbstractIPNum {
    /**
     * Gets the numeric value of an IP number as {@link BigInt}
     *
     * @returns bigInt the numeric value of an IP number.
     */
    getValue() {
        return this.value;
    }
    /**
     * Gets the binary string representation of an IP number.
     *
     * @returns {string} the string binary representation.
     */
    toBinaryString() {
        return (0, BinaryUtils_3.leftPadWithZeroBit)(this.value.toString(2), this.bitSize);
    }
    /**
     * Checks if an IP number has a value greater than the present value
     * @returns {boolean} true, if there is a value greater than the present value. Returns false otherwise.
     */
    hasNext() {
        return this.value < this.maximumBitSize;
    }
    /**
     * Checks if an IP number has a value lesser than the present value
     * @returns {boolean} true, if there is a value lesser than the present value. Returns false otherwise.
     */
    hasPrevious() {
        return this.value > 0n;
    }
    /**
     * Checks if the given IP number, is equals to the current IP number
     *
     * @param {AbstractIPNum} anotherIPNum the other IP number to compare with
     * @returns {boolean} true if the given IP number is equals
     */
    isEquals(anotherIPNum) {
        return this.value === anotherIPNum.value;
    }
    /**
     * Checks if the given IP number is lesser than this current IP number
     *
     * @param {AbstractIPNum} anotherIPNum the other IP number to compare with
     * @returns {boolean} true if the given IP number is less than this current one. False otherwise.
     */
    isLessThan(anotherIPNum) {
        return this.value < anotherIPNum.value;
    }
    /**
     * Checks if the given IP number is greater than this current IP number
     *
     * @param {AbstractIPNum} anotherIPNum the other IP number to compare with
     * @returns {boolean} true if the given IP number is greater than this current one. False otherwise.
     */
    isGreaterThan(anotherIPNum) {
        return this.value > anotherIPNum.value;
    }
    /**
     * Checks if the given IP number is less than or equals to this current IP number
     *
     * @param {AbstractIPNum} anotherIPNum the other IP number to compare with
     * @returns {boolean} true if the given IP number is less than or equals to this current one. False otherwise.
     */
    isLessThanOrEquals(anotherIPNum) {
        return this.value <= anotherIPNum.value;
    }
    /**
     * Checks if the given IP number is greater than or equals to this current IP number
     *
     * @param {AbstractIPNum} anotherIPNum the other IP number to compare with
     * @returns {boolean} {boolean} true if the given IP number is greater than or equals to this current one. False
     * otherwise.
     */
    isGreaterThanOrEquals(anotherIPNum) {
        return this.value >= anotherIPNum.value;
    }
}
exports.AbstractIPNum = AbstractIPNum;
/**
 * Represents an IPv4 number. A 32 bit number that is used to uniquely identify a device that is part of a computer
 * network that uses the internet protocol for communication.
 *
 * @see https://en.wikipedia.org/wiki/IPv4
 * @see https://www.rfc-editor.org/info/rfc791
 */
class IPv4 extends AbstractIPNum {
    /**
     * A convenience method for creating an {@link IPv4} by providing the decimal value of the IP number in BigInt
     *
     * @param {bigint} bigIntValue the decimal value of the IP number in BigInt
     * @returns {IPv4} the IPv4 instance
     */
    static fromNumber(bigIntValue) {
        return new IPv4(bigIntValue);
    }
    /**
     * A convenience method for creating an {@link IPv4} by providing the IP number in dot-decimal notation. E.g
     * "10.1.1.10"
     *
     * {@see https://en.wikipedia.org/wiki/Dot-decimal_notation} for more information on dot-decimal notation.
     *
     * @param {string} ipString the IP number in dot-decimal notation
     * @returns {IPv4} the IPv4 instance
     */
    static fromDecimalDottedString(ipString) {
        return new IPv4(ipString);
    }
    /**
     * Alias for IPv4.fromDecimalDottedString.
     *
     * @param {string} ipString the IP number in dot-decimal notation
     * @returns {IPv4} the IPv4 instance
     */
    static fromString(ipString) {
        return IPv4.fromDecimalDottedString(ipString);
    }
    /**
     * A convenience method for creating an {@link IPv4} from binary string
     *
     * @param {string} ipBinaryString the binary string representing the IPv4 number to be created
     * @returns {IPv4} the IPv4 instance
     */
    static fromBinaryString(ipBinaryString) {
        let validationResult = Validator_1.Validator.isValidBinaryString(ipBinaryString);
        if (validationResult[0]) {
            return new IPv4((0, BinaryUtils_2.parseBinaryStringToBigInt)(ipBinaryString));
        }
        else {
            throw Error(validationResult[1].join(','));
        }
    }
    /**
     * Constructor for an IPv4 number.
     *
     * @param {string | bigint} ipValue value to construct an IPv4 from. The given value can either be
     * numeric or string. If a string is given then it needs to be in dot-decimal notation
     */
    constructor(ipValue) {
        super();
        /**
         * The number of bits needed to represents the value of the IPv4 number
         */
        this.bitSize = 32;
        /**
         * The maximum bit size (i.e. binary value) of the IPv4 number in BigInt
         */
        this.maximumBitSize = Validator_1.Validator.THIRTY_TWO_BIT_SIZE;
        /**
         * The type of IP number. Value is one of the values of the {@link IPNumType} enum
         * @type {IPNumType} the type of IP number
         */
        this.type = "IPv4" /* IPNumType.IPv4 */;
        /**
         * An array of {@link Octet}'s
         *
         * @type {Array} the octets that makes up the IPv4 number
         */
        this.octets = [];
        /**
         * The string character used to separate the individual octets when the IPv4 is rendered as strings
         *
         * @type {string} The string character used to separate the individual octets when rendered as strings
         */
        this.separator = ".";
        if (typeof ipValue === "string") {
            let [value, octets] = this.constructFromDecimalDottedString(ipValue);
            this.value = value;
            this.octets = octets;
        }
        else {
            let [value, octets] = this.constructFromBigIntValue(ipValue);
            this.value = value;
            this.octets = octets;
        }
    }
    /**
     * A string representation of the IPv4 number. The string representation is in dot-decimal notation
     *
     * @returns {string} The string representation in dot-decimal notation
     */
    toString() {
        return this.octets.map((value) => { return value.toString(); }).join(this.separator);
    }
    /**
     * Gets the individual {@link Octet} that makes up the IPv4 number
     *
     * @returns {Array<Octet>} The individual {@link Octet} that makes up the IPv4 number
     */
    getOctets() {
        return this.octets;
    }
    /**
     * Returns the next IPv4 number
     *
     * @returns {IPv4} the next IPv4 number
     */
    nextIPNumber() {
        return IPv4.fromNumber(this.getValue() + 1n);
    }
    /**
     * Returns the previous IPv4 number
     *
     * @returns {IPv4} the previous IPv4 number
     */
    previousIPNumber() {
        return IPv4.fromNumber(this.getValue() - 1n);
    }
    /**
     * Checks if this IPv4 address is a private address according to RFC 1918.
     *
     * Private IPv4 address ranges:
     * - 10.0.0.0/8 (10.0.0.0 to 10.255.255.255)
     * - 172.16.0.0/12 (172.16.0.0 to 172.31.255.255)
     * - 192.168.0.0/16 (192.168.0.0 to 192.168.255.255)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc1918
     * @returns {boolean} true if this IPv4 address is private, false otherwise
     */
    isPrivate() {
        return IPv4.PRIVATE_RANGES.some(range => range.contains(this));
    }
    /**
     * Checks if this IPv4 address is a documentation address according to RFC 5737.
     *
     * Documentation IPv4 address ranges:
     * - 192.0.2.0/24 (TEST-NET-1)
     * - 198.51.100.0/24 (TEST-NET-2)
     * - 203.0.113.0/24 (TEST-NET-3)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc5737
     * @returns {boolean} true if this IPv4 address is reserved for documentation, false otherwise
     */
    isDocumentation() {
        return IPv4.DOCUMENTATION_RANGES.some(range => range.contains(this));
    }
    /**
     * Checks if this IPv4 address is a multicast address according to RFC 1112.
     *
     * Multicast IPv4 address range:
     * - 224.0.0.0/4 (224.0.0.0 to 239.255.255.255)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc1112
     * @returns {boolean} true if this IPv4 address is multicast, false otherwise
     */
    isMulticast() {
        return IPv4.MULTICAST_RANGE.contains(this);
    }
    /**
     * Checks if this IPv4 address is a broadcast address.
     *
     * When called without arguments, checks for the limited broadcast address (255.255.255.255).
     * When a subnet is provided, checks if this address is the directed broadcast for that subnet.
     *
     * @param subnet Optional CIDR range to check for directed broadcast
     * @returns {boolean} true if this is a broadcast address, false otherwise
     */
    isBroadcast(subnet) {
        if (subnet) {
            return this.isEquals(subnet.getLast());
        }
        return this.isEquals(IPv4.LIMITED_BROADCAST);
    }
    /**
     * Checks if this IPv4 address is a loopback address according to RFC 5735.
     *
     * Loopback IPv4 address range:
     * - 127.0.0.0/8 (127.0.0.0 to 127.255.255.255)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc5735
     * @returns {boolean} true if this IPv4 address is loopback, false otherwise
     */
    isLoopback() {
        return IPv4.LOOPBACK_RANGE.contains(this);
    }
    /**
     * Checks if this IPv4 address is an unspecified address according to RFC 6890.
     *
     * Unspecified IPv4 address:
     * - 0.0.0.0/32 (all zeros)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc6890
     * @returns {boolean} true if this IPv4 address is unspecified, false otherwise
     */
    isUnspecified() {
        return this.value === 0n;
    }
    /**
     * Checks if this IPv4 address is a link-local address according to RFC 6890.
     *
     * Link-local IPv4 address range:
     * - 169.254.0.0/16 (169.254.0.0 to 169.254.255.255)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc6890
     * @returns {boolean} true if this IPv4 address is link-local, false otherwise
     */
    isLinkLocal() {
        return IPv4.LINK_LOCAL_RANGE.contains(this);
    }
    /**
     * Checks if this IPv4 address is a global unicast address.
     *
     * Global unicast is defined here as "everything else" - any address that does not
     * match the other specific address types (Unspecified, Loopback, Private, Link-Local,
     * Documentation, Multicast, Reserved, or Broadcast).
     *
     * Note that this is not a strict "publicly routable" check: it does not consult the
     * full IANA special-purpose address registry (RFC 6890), so special-purpose ranges
     * not covered by the checks above - such as shared address space 100.64.0.0/10
     * (RFC 6598) and benchmarking space 198.18.0.0/15 (RFC 2544) - still return true.
     *
     * @see https://datatracker.ietf.org/doc/html/rfc6890
     * @returns {boolean} true if this IPv4 address is global unicast, false otherwise
     */
    isGlobalUnicast() {
        // Global Unicast is "everything else" - not any of the other specific types
        return !this.isUnspecified() &&
            !this.isLoopback() &&
            !this.isPrivate() &&
            !this.isLinkLocal() &&
            !this.isDocumentation() &&
            !this.isMulticast() &&
            !this.isReserved() &&
            !this.isBroadcast();
    }
    /**
     * Checks if this IPv4 address is in a reserved range according to RFC 6890.
     *
     * Reserved IPv4 address range:
     * - 240.0.0.0/4 (240.0.0.0 to 255.255.255.254)
     *
     * Note: 255.255.255.255 is the limited broadcast address, not reserved.
     *
     * @see https://datatracker.ietf.org/doc/html/rfc6890
     * @returns {boolean} true if this IPv4 address is reserved, false otherwise
     */
    isReserved() {
        // Reserved range is 240.0.0.0/4, but exclude 255.255.255.255 (broadcast)
        const reservedStart = IPv4.fromDecimalDottedString("240.0.0.0").value;
        const reservedEnd = IPv4.fromDecimalDottedString("255.255.255.254").value;
        return this.value >= reservedStart && this.value <= reservedEnd;
    }
    /**
     * Returns this IPv4 number as a IPv4-Mapped IPv6 Address
     *
     * The IPv4-Mapped IPv6 Address allows an IPv4 number to be embedded within an IPv6 number
     *
     * {@see https://tools.ietf.org/html/rfc4291#section-2.5.5} for more information on the IPv4-Mapped IPv6 Address
     *
     * @returns {IPv6} an IPv6 number with the IPv4 embedded within it
     */
    toIPv4MappedIPv6() {
        let binary = '1'.repeat(16) + this.toBinaryString();
        return IPv6.fromBinaryString(binary);
    }
    constructFromDecimalDottedString(ipString) {
        let octets;
        let value;
        let [isValid, message] = Validator_1.Validator.isValidIPv4String(ipString);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        let stringOctets = ipString.split(".");
        octets = stringOctets.map((rawOctet) => {
            return Octet_1.Octet.fromString(rawOctet);
        });
        value = BigInt(`0b${(0, BinaryUtils_1.dottedDecimalNotationToBinaryString)(ipString)}`);
        return [value, octets];
    }
    constructFromBigIntValue(ipv4Number) {
        let [isValid, message] = Validator_1.Validator.isValidIPv4Number(ipv4Number);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        let binaryString = (0, BinaryUtils_4.numberToBinaryString)(ipv4Number);
        ipv4Number = typeof ipv4Number === "bigint" ? ipv4Number : BigInt(ipv4Number);
        return [ipv4Number, this.binaryStringToDecimalOctets(binaryString)];
    }
    binaryStringToDecimalOctets(ipv4BinaryString) {
        if (ipv4BinaryString.length < 32) {
            ipv4BinaryString = (0, BinaryUtils_3.leftPadWithZeroBit)(ipv4BinaryString, 32);
        }
        let octets = ipv4BinaryString.match(/.{1,8}/g);
        return octets.map((octet) => {
            return Octet_1.Octet.fromString((0, BinaryUtils_2.parseBinaryStringToBigInt)(octet).toString());
        });
    }
}
exports.IPv4 = IPv4;
/**
 * RFC 1918 private address ranges. These ranges are constant and reused for performance.
 *
 * @see https://datatracker.ietf.org/doc/html/rfc1918
 */
IPv4.PRIVATE_RANGES = [
    IPRange_1.IPv4CidrRange.fromCidr("10.0.0.0/8"),
    IPRange_1.IPv4CidrRange.fromCidr("172.16.0.0/12"),
    IPRange_1.IPv4CidrRange.fromCidr("192.168.0.0/16")
];
/**
 * RFC 5737 documentation address ranges. These ranges are constant and reused for performance.
 *
 * @see https://datatracker.ietf.org/doc/html/rfc5737
 */
IPv4.DOCUMENTATION_RANGES = [
    IPRange_1.IPv4CidrRange.fromCidr("192.0.2.0/24"),
    IPRange_1.IPv4CidrRange.fromCidr("198.51.100.0/24"),
    IPRange_1.IPv4CidrRange.fromCidr("203.0.113.0/24")
];
/**
 * RFC 1112 multicast address range. This range is constant and reused for performance.
 *
 * Multicast IPv4 address range:
 * - 224.0.0.0/4 (224.0.0.0 to 239.255.255.255)
 *
 * @see https://datatracker.ietf.org/doc/html/rfc1112
 */
IPv4.MULTICAST_RANGE = IPRange_1.IPv4CidrRange.fromCidr("224.0.0.0/4");
/**
 * RFC 5735 loopback address range. This range is constant and reused for performance.
 *
 * Loopback IPv4 address range:
 * - 127.0.0.0/8 (127.0.0.0 to 127.255.255.255)
 *
 * @see https://datatracker.ietf.org/doc/html/rfc5735
 */
IPv4.LOOPBACK_RANGE = IPRange_1.IPv4CidrRange.fromCidr("127.0.0.0/8");
/**
 * RFC 6890 link-local address range. This range is constant and reused for performance.
 *
 * Link-local IPv4 address range:
 * - 169.254.0.0/16 (169.254.0.0 to 169.254.255.255)
 *
 * @see https://datatracker.ietf.org/doc/html/rfc6890
 */
IPv4.LINK_LOCAL_RANGE = IPRange_1.IPv4CidrRange.fromCidr("169.254.0.0/16");
/**
 * The limited broadcast address (255.255.255.255). This is constant and reused for performance.
 */
IPv4.LIMITED_BROADCAST = IPv4.fromDecimalDottedString("255.255.255.255");
/**
 * Represents an Autonomous System Number. Which is a number that is used to identify
 * a group of IP addresses with a common, clearly defined routing policy.
 *
 * @see https://en.wikipedia.org/wiki/Autonomous_system_(Internet)
 * @see https://tools.ietf.org/html/rfc5396
 */
class Asn extends AbstractIPNum {
    /**
     * A convenience method for creating an instance of {@link Asn} from a string
     *
     * The given string can be in asplain, asdot or asdot+ representation format.
     * {@see https://tools.ietf.org/html/rfc5396} for more information on
     * the different ASN string representation
     *
     * @param {string} rawValue the asn string. In either asplain, asdot or asdot+ format
     * @returns {Asn} the constructed ASN instance
     */
    static fromString(rawValue) {
        return new Asn(rawValue);
    }
    ;
    /**
     * A convenience method for creating an instance of {@link Asn} from a numeric value
     *
     * @param {number} rawValue the asn numeric value
     * @returns {Asn} the constructed ASN instance
     */
    static fromNumber(rawValue) {
        return new Asn(rawValue);
    }
    ;
    /**
     * A convenience method for creating an instance of {@link Asn} from a binary string
     *
     * @param {string} binaryString to create an ASN instance from
     * @returns {Asn} the constructed ASN instance
     */
    static fromBinaryString(binaryString) {
        let validationResult = Validator_1.Validator.isValidBinaryString(binaryString);
        if (validationResult[0]) {
            return new Asn(parseInt(binaryString, 2));
        }
        else {
            throw Error(validationResult[1].join(','));
        }
    }
    /**
     * Constructor for an instance of {@link ASN}
     *
     * @param {string | number} rawValue value to construct an ASN from. The given value can either be numeric or
     * string. If in string then it can be in asplain, asdot or asdot+ string representation format
     */
    constructor(rawValue) {
        super();
        /**
         * The number of bits needed to represents the value of the ASN number
         */
        this.bitSize = 32;
        /**
         * The maximum bit size (i.e. binary value) of the ASN number in BigInt
         */
        this.maximumBitSize = Validator_1.Validator.THIRTY_TWO_BIT_SIZE;
        this.type = "ASN" /* IPNumType.ASN */;
        if (typeof rawValue === 'string') {
            if (Asn.startWithASPrefix(rawValue)) {
                this.value = BigInt(parseInt(rawValue.substring(2)));
            }
            else if (rawValue.indexOf(".") != -1) {
                this.value = BigInt(this.parseFromDotNotation(rawValue));
            }
            else {
                this.value = BigInt(parseInt(rawValue));
            }
        }
        else {
            let valueAsBigInt = BigInt(rawValue);
            let [isValid, message] = Validator_1.Validator.isValidAsnNumber(valueAsBigInt);
            if (!isValid) {
                throw Error(message.filter(msg => { return msg !== ''; }).toString());
            }
            this.value = valueAsBigInt;
        }
    }
    /**
     * A string representation where the asn value is prefixed by "ASN". For example "AS65526"
     *
     * @returns {string} A string representation where the asn value is prefixed by "ASN"
     */
    toString() {
        let stringValue = this.value.toString();
        return `${Asn.AS_PREFIX}${stringValue}`;
    }
    /**
     * A string representation where the ASN numeric value of is represented as a string. For example "65526"
     *
     * @returns {string} A string representation where the ASN numeric value of is represented as a string
     */
    toASPlain() {
        return this.value.toString();
    }
    /**
     * A string representation where the ASN value is represented using the asplain notation if the ASN value is
     * less than 65536 and uses asdot+ notation when the value is greater than 65536.
     *
     * For example 65526 will be represented as "65526" while 65546 will be represented as "1.10"
     *
     *
     * @returns {string} A string representation of the ASN in either asplain or asdot+ notation depending on
     * whether the numeric value of the ASN number is greater than 65526 or not.
     */
    toASDot() {
        if (this.value.valueOf() >= 65536n) {
            return this.toASDotPlus();
        }
        return this.toASPlain();
    }
    /**
     * A string representation where the ASN value is represented using the asdot+ notation
     *
     * @returns {string} A string representation where the ASN value is represented using the asdot+ notation
     *
     */
    toASDotPlus() {
        let high = this.value.valueOf() / 65536n;
        let low = this.value.valueOf() % 65536n;
        return `${high}.${low}`;
    }
    /**
     * Converts the ASN value to binary numbers represented with strings
     *
     * @returns {string} a binary string representation of the value of the ASN number
     */
    toBinaryString() {
        return (0, BinaryUtils_4.numberToBinaryString)(this.value);
    }
    /**
     * Checks if the ASN value is 16bit
     *
     * @returns {boolean} true if the ASN is a 16bit value. False otherwise.
     */
    is16Bit() {
        let [valid16BitAsnNumber,] = Validator_1.Validator.isValid16BitAsnNumber(this.value);
        return valid16BitAsnNumber;
    }
    /**
     * Checks if the ASN value is 32bit
     *
     * @returns {boolean} true if the ASN is a 32bit value. False otherwise.
     */
    is32Bit() {
        return !this.is16Bit();
    }
    /**
     * Returns the next ASN number
     *
     * @returns {AbstractIPNum} the next ASN number
     */
    nextIPNumber() {
        return new Asn(this.value.valueOf() + 1n);
    }
    /**
     * Returns the previous ASN number
     *
     * @returns {AbstractIPNum} the previous ASN number
     */
    previousIPNumber() {
        return new Asn(this.value.valueOf() - 1n);
    }
    /**
     * Checks if this ASN is a multicast address.
     *
     * ASNs are not IP addresses, so this always returns false.
     *
     * @returns {boolean} always returns false for ASN
     */
    isMulticast() {
        return false;
    }
    /**
     * Checks if this ASN is a private address.
     *
     * ASNs are not IP addresses, so this always returns false.
     *
     * @returns {boolean} always returns false for ASN
     */
    isPrivate() {
        return false;
    }
    static startWithASPrefix(word) {
        return word.indexOf(Asn.AS_PREFIX) === 0;
    }
    parseFromDotNotation(rawValue) {
        let values = rawValue.split(".");
        let high = parseInt(values[0]);
        let low = parseInt(values[1]);
        return (high * 65535) + (low + high);
    }
}
exports.Asn = Asn;
Asn.AS_PREFIX = "AS";
/**
 * Represents an IPv6 number. A 128 bit number that is used to uniquely identify a device that is part of a computer
 * network that uses the internet protocol for communication.
 *
 * @see https://en.wikipedia.org/wiki/IPv6
 * @see https://www.rfc-editor.org/info/rfc8200
 */
class IPv6 extends AbstractIPNum {
    /**
     * A convenience method for creating an {@link IPv6} by providing the decimal value of the IP number in BigInt
     *
     * @param {bigint} bigIntValue the decimal value of the IP number in BigInt
     * @returns {IPv6} the IPv6 instance
     */
    static fromBigInt(bigIntValue) {
        return new IPv6(bigIntValue);
    }
    /**
     * A convenience method for creating an {@link IPv6} by providing the IP number in hexadecatet notation. E.g
     * "2001:800:0:0:0:0:0:2002"
     *
     * {@see https://en.wikipedia.org/wiki/IPv6_address#Representation} for more information on hexadecatet notation.
     *
     * @param {string} ipString the IP number in hexadecatet
     * @returns {IPv6} the IPv6 instance
     */
    static fromHexadecatet(ipString) {
        return new IPv6(ipString);
    }
    /**
     * Alias for IPv6.fromHexadecimalString
     *
     * @param {string} ipString the IP number in hexadecatet
     * @returns {IPv6} the IPv6 instance
     */
    static fromString(ipString) {
        return IPv6.fromHexadecatet(ipString);
    }
    /**
     * A convenience method for creating an {@link IPv6} from binary string
     *
     * @param {string} ipBinaryString the binary string representing the IPv6 number to be created
     * @returns {IPv6} the IPv6 instance
     */
    static fromBinaryString(ipBinaryString) {
        let validationResult = Validator_1.Validator.isValidBinaryString(ipBinaryString);
        if (validationResult[0]) {
            let paddedBinaryString = (0, BinaryUtils_3.leftPadWithZeroBit)(ipBinaryString, 128);
            return new IPv6((0, BinaryUtils_2.parseBinaryStringToBigInt)(paddedBinaryString));
        }
        else {
            throw Error(validationResult[1].join(','));
        }
    }
    /**
     * A convenience method for creating an IPv4-Compatible {@link IPv6} Address from an instance of {@link IPv4}
     *
     * @param {IPv4} ipv4 to create an IPv4-Compatible {@link IPv6} Address
     * @returns {IPv6} the IPv4-Compatible {@link IPv6} Address
     */
    static fromIPv4(ipv4) {
        return ipv4.toIPv4MappedIPv6();
    }
    /**
     * A convenience method for creating an IPv4-Compatible {@link IPv6} Address from a IPv4 represented in
     * dot-decimal notation i.e. 127.0.0.1
     *
     * @param {IPv4} ip4DotDecimalString string represented in a dot decimal string
     * @returns {IPv6} the IPv4-Compatible {@link IPv6} Address
     */
    static fromIPv4DotDecimalString(ip4DotDecimalString) {
        return new IPv4(ip4DotDecimalString).toIPv4MappedIPv6();
    }
    /**
     * Constructor for an IPv6 number.
     *
     * @param {string | bigint} ipValue value to construct an IPv6 from. The given value can either be
     * numeric or string. If a string is given then it needs to be in hexadecatet string notation
     */
    constructor(ipValue, zoneId) {
        super();
        /**
         * The number of bits needed to represents the value of the IPv6 number
         */
        this.bitSize = 128;
        /**
         * The maximum bit size (i.e. binary value) of the IPv6 number in BigInt
         */
        this.maximumBitSize = Validator_1.Validator.ONE_HUNDRED_AND_TWENTY_EIGHT_BIT_SIZE;
        /**
         * The type of IP number. Value is one of the values of the {@link IPNumType} enum
         * @type {IPNumType} the type of IP number
         */
        this.type = "IPv6" /* IPNumType.IPv6 */;
        /**
         * An array of {@link Hexadecatet}'s
         *
         * @type {Array} the hexadecatet that makes up the IPv6 number
         */
        this.hexadecatet = [];
        /**
         * The string character used to separate the individual hexadecatet when the IPv6 is rendered as strings
         *
         * @type {string} The string character used to separate the individual hexadecatet when rendered as strings
         */
        this.separator = ":";
        if (typeof ipValue === "string") {
            let [isValid, message] = Validator_1.Validator.isValidIPv6String(ipValue);
            if (!isValid) {
                throw new Error(message.filter(msg => { return msg !== ''; }).toString());
            }
            let [ipv6, zId] = ipValue.split('%');
            this.zoneId = zId ? zId : zoneId;
            let expandedIPv6 = (0, IPv6Utils_1.expandIPv6Number)(ipv6);
            let [value, hexadecatet] = this.constructFromHexadecimalDottedString(expandedIPv6);
            this.value = value;
            this.hexadecatet = hexadecatet;
        }
        else {
            let [value, hexadecatet] = this.constructFromBigIntValue(ipValue);
            this.value = value;
            this.hexadecatet = hexadecatet;
            this.zoneId = zoneId;
        }
    }
    /**
     * A string representation of the IPv6 number.
     *
     * @returns {string} The string representation of IPv6
     */
    toString() {
        let ipv6String = this.hexadecatet.map(v => v.toString()).join(":");
        if (this.hexadecatet.length < 8) {
            ipv6String = `::${ipv6String}`;
        }
        if (this.zoneId) {
            ipv6String = `${(0, IPv6Utils_1.collapseIPv6Number)(ipv6String)}%${this.zoneId}`;
        }
        return ipv6String;
    }
    /**
     * Gets the individual {@link Hexadecatet} that makes up the IPv6 number
     *
     * @returns {Array<Hexadecatet>} The individual {@link Hexadecatet} that makes up the IPv6 number
     */
    //TODO maybe rename to something like getSegments? so it can be same with getOctet
    getHexadecatet() {
        return this.hexadecatet;
    }
    /**
     * Returns the next IPv6 number
     *
     * @returns {IPv6} the next IPv6 number
     */
    nextIPNumber() {
        return IPv6.fromBigInt(this.getValue() + 1n);
    }
    /**
     * Returns the previous IPv6 number
     *
     * @returns {IPv6} the previous IPv6 number
     */
    previousIPNumber() {
        return IPv6.fromBigInt(this.getValue() - 1n);
    }
    /**
     * Checks if this IPv6 address is a private address according to RFC 4193.
     *
     * Private IPv6 address range:
     * - fc00::/7 (Unique Local Addresses)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc4193
     * @returns {boolean} true if this IPv6 address is private, false otherwise
     */
    isPrivate() {
        return IPv6.PRIVATE_RANGE.contains(this);
    }
    /**
     * Checks if this IPv6 address is a documentation address according to RFC 3849 and RFC 9637.
     *
     * Documentation IPv6 address ranges:
     * - 2001:db8::/32 (RFC 3849)
     * - 3fff::/20 (RFC 9637)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc3849
     * @see https://datatracker.ietf.org/doc/html/rfc9637
     * @returns {boolean} true if this IPv6 address is reserved for documentation, false otherwise
     */
    isDocumentation() {
        return IPv6.DOCUMENTATION_RANGES.some(range => range.contains(this));
    }
    /**
     * Checks if this IPv6 address is a multicast address.
     *
     * Multicast IPv6 address range:
     * - ff00::/8 (ff00:: to ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc4291
     * @returns {boolean} true if this IPv6 address is multicast, false otherwise
     */
    isMulticast() {
        return IPv6.MULTICAST_RANGE.contains(this);
    }
    /**
     * Checks if this IPv6 multicast address has an embedded Rendezvous Point (RP).
     *
     * For an embedded RP to be present, the R, P, and T flags must all be set to 1.
     * The R flag (bit 9) indicates RP embedded, P flag (bit 10) indicates prefix-based,
     * and T flag (bit 11) indicates transient address.
     *
     * @see https://datatracker.ietf.org/doc/html/rfc3956
     * @returns {boolean} true if embedded RP is present (R, P, T flags all set), false otherwise
     * @throws {Error} if this is not a multicast address
     */
    hasEmbeddedRP() {
        if (!this.isMulticast()) {
            throw new Error("Embedded RP can only be checked for multicast addresses");
        }
        // Extract second octet (bits 8-15, 0-indexed)
        // Shift right by 112 bits to get bits 8-15, then mask to get second octet
        const secondOctet = Number((this.value >> 112n) & 0xffn);
        // Check R flag (bit 1 of second octet = 0x40)
        // Check P flag (bit 2 of second octet = 0x20)
        // Check T flag (bit 3 of second octet = 0x10)
        // All three flags must be set: (R & P & T) = 0x70
        return (secondOctet & 0x70) === 0x70;
    }
    /**
     * Checks if this IPv6 address is an unspecified address according to RFC 4291.
     *
     * Unspecified IPv6 address:
     * - ::/128 (all zeros)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc4291
     * @returns {boolean} true if this IPv6 address is unspecified, false otherwise
     */
    isUnspecified() {
        return this.value === 0n;
    }
    /**
     * Checks if this IPv6 address is a loopback address according to RFC 4291.
     *
     * Loopback IPv6 address:
     * - ::1/128
     *
     * @see https://datatracker.ietf.org/doc/html/rfc4291
     * @returns {boolean} true if this IPv6 address is loopback, false otherwise
     */
    isLoopback() {
        return this.value === 1n;
    }
    /**
     * Checks if this IPv6 address is a link-local address according to RFC 4291.
     *
     * Link-local IPv6 address range:
     * - fe80::/10 (fe80:: to febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc4291
     * @returns {boolean} true if this IPv6 address is link-local, false otherwise
     */
    isLinkLocal() {
        return IPv6.LINK_LOCAL_RANGE.contains(this);
    }
    /**
     * Checks if this IPv6 address is a global unicast address according to RFC 4291.
     *
     * According to RFC 4291, global unicast addresses are defined as "everything else" -
     * any address that does not match the other specific address types (Unspecified,
     * Loopback, Multicast, Link-Local, IPv4-Mapped, Discard-Only, Documentation, or Private).
     *
     * Note that this is not a strict "publicly routable" check: it does not consult the
     * full IANA special-purpose address registry, so special-purpose ranges not covered
     * by the checks above still return true.
     *
     * @see https://datatracker.ietf.org/doc/html/rfc4291
     * @returns {boolean} true if this IPv6 address is global unicast, false otherwise
     */
    isGlobalUnicast() {
        // Global Unicast is "everything else" - not any of the other specific types
        return !this.isUnspecified() &&
            !this.isLoopback() &&
            !this.isMulticast() &&
            !this.isLinkLocal() &&
            !this.isIPv4Mapped() &&
            !this.isDiscardOnly() &&
            !this.isDocumentation() &&
            !this.isPrivate();
    }
    /**
     * Checks if this IPv6 address is an IPv4-mapped IPv6 address according to RFC 4291.
     *
     * IPv4-mapped IPv6 addresses have a specific format:
     * - First 80 bits: all zeros
     * - Next 16 bits: 0xffff
     * - Last 32 bits: IPv4 address
     *
     * This corresponds to the format ::ffff:x.x.x.x where x.x.x.x is an IPv4 address.
     *
     * @see https://datatracker.ietf.org/doc/html/rfc4291
     * @returns {boolean} true if this IPv6 address is IPv4-mapped, false otherwise
     */
    isIPv4Mapped() {
        // Top 96 bits must be 0x0000...0000ffff (80 zero bits followed by ffff)
        return (this.value >> 32n) === 0xffffn;
    }
    /**
     * Checks if this IPv6 address is a discard-only address according to RFC 6666.
     *
     * Discard-only IPv6 address range:
     * - 100::/64 (100:: to 100::ffff:ffff:ffff:ffff)
     *
     * @see https://datatracker.ietf.org/doc/html/rfc6666
     * @returns {boolean} true if this IPv6 address is discard-only, false otherwise
     */
    isDiscardOnly() {
        return IPv6.DISCARD_ONLY_RANGE.contains(this);
    }
    /**
     * Gets the kind/category of this IPv6 address.
     *
     * Returns the most specific kind that matches this address. The check order ensures
     * correct classification when address ranges overlap:
     * 1. Unspecified (::)
     * 2. Loopback (::1)
     * 3. Multicast (ff00::/8)
     * 4. Documentation (2001:db8::/32 and 3fff::/20)
     * 5. IPv4-Mapped (::ffff:0:0/96)
     * 6. Discard-Only (100::/64)
     * 7. Link-Local (fe80::/10)
     * 8. Unique Local Address/Private (fc00::/7)
     * 9. Global Unicast (everything else, per RFC 4291)
     * 10. Unknown (fallback for reserved/unassigned ranges)
     *
     * According to RFC 4291, Global Unicast addresses are defined as "everything else" -
     * any address that does not match the other specific address types.
     *
     * @see https://datatracker.ietf.org/doc/html/rfc4291
     * @returns {IPv6AddressKind} the kind of this IPv6 address
     */
    getKind() {
        // Check in order of specificity (more specific first)
        if (this.isUnspecified()) {
            return "Unspecified" /* IPv6AddressKind.UNSPECIFIED */;
        }
        if (this.isLoopback()) {
            return "Loopback" /* IPv6AddressKind.LOOPBACK */;
        }
        if (this.isMulticast()) {
            return "Multicast" /* IPv6AddressKind.MULTICAST */;
        }
        if (this.isDocumentation()) {
            return "Documentation" /* IPv6AddressKind.DOCUMENTATION */;
        }
        if (this.isIPv4Mapped()) {
            return "IPv4-Mapped IPv6" /* IPv6AddressKind.IPV4_MAPPED */;
        }
        if (this.isDiscardOnly()) {
            return "Discard-Only" /* IPv6AddressKind.DISCARD_ONLY */;
        }
        if (this.isLinkLocal()) {
            return "Link-Local" /* IPv6AddressKind.LINK_LOCAL */;
        }
        if (this.isPrivate()) {
            return "Unique Local Address" /* IPv6AddressKind.UNIQUE_LOCAL */;
        }
        if (this.isGlobalUnicast()) {
            return "Global Unicast" /* IPv6AddressKind.GLOBAL_UNICAST */;
        }
        return "Unknown" /* IPv6AddressKind.UNKNOWN */;
    }
    constructFromBigIntValue(ipv6Number) {
        let [isValid, message] = Validator_1.Validator.isValidIPv6Number(ipv6Number);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        let binaryString = (0, BinaryUtils_4.numberToBinaryString)(ipv6Number);
        return [ipv6Number, this.binaryStringToHexadecatets(binaryString)];
    }
    constructFromHexadecimalDottedString(expandedIPv6) {
        let [isValid, message] = Validator_1.Validator.isValidIPv6String(expandedIPv6);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        let stringHexadecimals = expandedIPv6.split(":");
        let hexadecatet = stringHexadecimals.map((stringHexadecatet) => {
            return Hexadecatet_1.Hexadecatet.fromString(stringHexadecatet);
        });
        let value = BigInt(`0b${(0, HexadecimalUtils_2.hexadectetNotationToBinaryString)(expandedIPv6)}`);
        return [value, hexadecatet];
    }
    binaryStringToHexadecatets(binaryString) {
        let hexadecimalString = (0, HexadecimalUtils_1.binaryStringToHexadecimalString)(binaryString);
        while (hexadecimalString.length % 4 != 0) {
            hexadecimalString = '0' + hexadecimalString;
        }
        let hexadecimalStrings = hexadecimalString.match(/.{1,4}/g);
        return hexadecimalStrings.map((stringHexadecatet) => {
            return Hexadecatet_1.Hexadecatet.fromString(stringHexadecatet);
        });
    }
}
exports.IPv6 = IPv6;
/**
 * RFC 4193 private address range (fc00::/7 - Unique Local Addresses). This range is constant and reused for performance.
 *
 * @see https://datatracker.ietf.org/doc/html/rfc4193
 */
IPv6.PRIVATE_RANGE = IPRange_2.IPv6CidrRange.fromCidr("fc00::/7");
/**
 * RFC 3849 and RFC 9637 documentation address ranges. These ranges are constant and reused for performance.
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3849
 * @see https://datatracker.ietf.org/doc/html/rfc9637
 */
IPv6.DOCUMENTATION_RANGES = [
    IPRange_2.IPv6CidrRange.fromCidr("2001:db8::/32"),
    IPRange_2.IPv6CidrRange.fromCidr("3fff::/20")
];
/**
 * RFC 4291 multicast address range (ff00::/8). This range is constant and reused for performance.
 *
 * Multicast IPv6 address range:
 * - ff00::/8 (ff00:: to ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff)
 *
 * @see https://datatracker.ietf.org/doc/html/rfc4291
 */
IPv6.MULTICAST_RANGE = IPRange_2.IPv6CidrRange.fromCidr("ff00::/8");
/**
 * RFC 4291 unspecified address range (::/128). This range is constant and reused for performance.
 *
 * @see https://datatracker.ietf.org/doc/html/rfc4291
 */
IPv6.UNSPECIFIED_RANGE = IPRange_2.IPv6CidrRange.fromCidr("::/128");
/**
 * RFC 4291 loopback address range (::1/128). This range is constant and reused for performance.
 *
 * @see https://datatracker.ietf.org/doc/html/rfc4291
 */
IPv6.LOOPBACK_RANGE = IPRange_2.IPv6CidrRange.fromCidr("::1/128");
/**
 * RFC 4291 link-local address range (fe80::/10). This range is constant and reused for performance.
 *
 * @see https://datatracker.ietf.org/doc/html/rfc4291
 */
IPv6.LINK_LOCAL_RANGE = IPRange_2.IPv6CidrRange.fromCidr("fe80::/10");
/**
 * RFC 6666 discard-only address range (100::/64). This range is constant and reused for performance.
 *
 * @see https://datatracker.ietf.org/doc/html/rfc6666
 */
IPv6.DISCARD_ONLY_RANGE = IPRange_2.IPv6CidrRange.fromCidr("100::/64");
/**
 * The IPv4Mask can be seen as a specialized IPv4 number where, in a 32 bit number, starting from the left, you
 * have continuous bits turned on (with 1 value) followed by bits turned off (with 0 value). In networking, it is used
 * to demarcate which bits are used to identify a network, and the ones that are used to identify hosts on the network
 */
class IPv4Mask extends IPv4 {
    /**
     * A convenience method for creating an instance of IPv4Mask. The passed strings need to be a valid IPv4
     * number in dot-decimal notation.
     *
     * @param {string} rawValue The passed string in dot-decimal notation
     * @returns {IPv4Mask} the instance of IPv4Mask
     */
    static fromDecimalDottedString(rawValue) {
        return new IPv4Mask(rawValue);
    }
    ;
    /**
     * Constructor for creating an instance of IPv4Mask.
     * The passed strings need to be a valid IPv4 mask number in dot-decimal notation.
     *
     * @param {string} ipString The passed string in dot-decimal notation
     */
    constructor(ipString) {
        super(ipString);
        /**
         * An array of {@link Octet}'s
         *
         * @type {Array} the octets that makes up the IPv4Mask
         */
        this.octets = [];
        let isValid;
        let message;
        [isValid, message] = Validator_1.Validator.isValidIPv4Mask(ipString);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        let stringOctets = ipString.split(".");
        this.octets = stringOctets.map((rawOctet) => {
            return Octet_1.Octet.fromString(rawOctet);
        });
        let binaryString = (0, BinaryUtils_1.dottedDecimalNotationToBinaryString)(ipString);
        this.prefix = (binaryString.match(/1/g) || []).length;
        this.value = BigInt(`0b${binaryString}`);
    }
}
exports.IPv4Mask = IPv4Mask;
/**
 * The IPv6Mask can be seen as a specialized IPv4 number where, in a 128 bit number, starting from the left,
 * you have continuous bits turned on (with 1 value) followed by bits turned off (with 0 value). In networking, it
 * is used to demarcate which bits are used to identify a network, and the ones that are used to identify hosts
 * on the network
 */
class IPv6Mask extends IPv6 {
    /**
     * A convenience method for creating an instance of IPv6Mask.
     * The passed strings need to be a valid IPv4 mask number in dot-decimal notation.
     *
     * @param {string} rawValue The passed string in textual notation
     * @returns {IPv6Mask} the instance of IPv6Mask
     */
    static fromHexadecatet(rawValue) {
        return new IPv6Mask(rawValue);
    }
    ;
    /**
     * Constructor for creating an instance of IPv6Mask.
     * The passed strings need to be a valid IPv6 mask number in dot-decimal notation
     *
     * @param {string} ipString The passed IPv6 string
     */
    constructor(ipString) {
        super(ipString);
        /**
         * An array of {@link Hexadecatet}'s
         *
         * @type {Array} the hexadecatet that makes up the IPv6 number
         */
        this.hexadecatet = [];
        let isValid;
        let message;
        let expandedIPv6 = (0, IPv6Utils_1.expandIPv6Number)(ipString);
        [isValid, message] = Validator_1.Validator.isValidIPv6Mask(expandedIPv6);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        let stringHexadecimals = expandedIPv6.split(":");
        this.hexadecatet = stringHexadecimals.map((stringHexadecatet) => {
            return Hexadecatet_1.Hexadecatet.fromString(stringHexadecatet);
        });
        let binaryString = (0, HexadecimalUtils_2.hexadectetNotationToBinaryString)(expandedIPv6);
        this.prefix = (binaryString.match(/1/g) || []).length;
        this.value = BigInt(`0b${binaryString}`);
        this.value = BigInt(`0b${(0, HexadecimalUtils_2.hexadectetNotationToBinaryString)(expandedIPv6)}`);
    }
}
exports.IPv6Mask = IPv6Mask;
/**
 * Check is the given IP number is an {@link IPv4} or not
 * @param ip the IP number to check if it is IPv4.
 */
function isIPv4(ip) {
    return ip.bitSize === 32;
}
//# sourceMappingURL=IPNumber.js.map

/***/ }),

/***/ 141:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Pool = void 0;
const IPRange_1 = __nccwpck_require__(586);
const Prefix_1 = __nccwpck_require__(842);
/**
 * Represents a collection of IP {@link RangedSet}'s
 */
class Pool {
    /**
     * Convenient method for creating an instance from arrays of {@link IPv4} or {@link IPv6}
     * @param ipNumbers the arrays of {@link IPv4} or {@link IPv6} that will make up the pool.
     */
    static fromIP(ipNumbers) {
        let ranges = ipNumbers.map((ip) => {
            return IPRange_1.RangedSet.fromSingleIP(ip);
        });
        return new Pool(ranges);
    }
    /**
     * Convenient method for creating an instance from arrays of {@link RangedSet}.
     *
     * @param ipRanges the arrays of {@link RangedSet}'s that will make up the pool.
     */
    // TODO: TSE: This makes it possible to create an instance containing both Range set of IPv4 and IPv6
    static fromRangeSet(ipRanges) {
        return new Pool(ipRanges);
    }
    /**
     * Convenient method for creating an instance from arrays of {@link IPv4CidrRange} or {@link IPv6CidrRange}.
     *
     * @param cidrRanges the arrays of {@link IPv4CidrRange} or {@link IPv6CidrRange} that will make up the pool.
     */
    static fromCidrRanges(cidrRanges) {
        let cidr = cidrRanges;
        let rangeSet = cidr.map((range) => {
            return range.toRangeSet();
        });
        return new Pool(rangeSet);
    }
    /**
     * Constructor for an IP pool.
     *
     * Creates a Pool of IP ranges from supplied {@link RangedSet}'s
     *
     * @param ranges the array of IP ranges that would make up the pool.
     */
    constructor(ranges) {
        this.backingSet = new SortedSet();
        ranges.forEach(range => {
            this.backingSet.add(range);
        });
    }
    /**
     * Returns an array of {@link RangedSet}'s that is contained within the pool
     */
    getRanges() {
        return this.backingSet.asArray();
    }
    /**
     * Returns an new {@link Pool} with all the IP ranges aggregated
     */
    aggregate() {
        let sortedRanges = this.backingSet.asArray();
        let mergedRanges = sortedRanges.reduce((accumulator, currentRange, currentIndex, array) => {
            if (accumulator.length == 0) {
                accumulator.push(currentRange);
                return accumulator;
            }
            else {
                let previous = accumulator.pop();
                let previousCidrRange = previous.toCidrRange();
                let currentCidrRange = currentRange.toCidrRange();
                if (previousCidrRange.isCidrMergeable(currentCidrRange)) {
                    let merged = previousCidrRange.merge(currentCidrRange);
                    accumulator.push(merged.toRangeSet());
                    return accumulator;
                }
                else {
                    if (!previous.contains(currentRange)) {
                        accumulator.push(previous);
                        accumulator.push(currentRange);
                    }
                    else {
                        accumulator.push(previous);
                    }
                    return accumulator;
                }
            }
        }, []);
        let aggregatedPool = Pool.fromRangeSet(mergedRanges);
        if (aggregatedPool.getRanges().length !== this.getRanges().length) {
            return aggregatedPool.aggregate();
        }
        else {
            return aggregatedPool;
        }
    }
    /**
     * Gets a single range of size of the given prefix from pool.
     * Only returns a range if there is a single range in the pool of same size or greater than given prefix.
     *
     * throws exception if the requested range cannot be got from the pool.
     *
     * @param prefix prefix range to retrieve
     * TODO TSE
     */
    getCidrRange(prefix) {
        if (prefix.toRangeSize() > (this.getSize())) {
            throw new Error(`Not enough IP number in the pool for requested prefix: ${prefix}`);
        }
        let selectedCidrRange;
        let error;
        loop: for (let range of this.getRanges()) {
            for (let offset = 0n; offset + (prefix.toRangeSize()) <= (range.getSize()); offset = offset + 1n)
                try {
                    let selectedRange = range.takeSubRange(offset, prefix.toRangeSize());
                    selectedCidrRange = selectedRange.toCidrRange();
                    let remaining = range.difference(selectedRange);
                    this.removeExact(range);
                    this.add(remaining);
                    break loop;
                }
                catch (e) {
                    if (e instanceof RangeError) {
                        continue loop;
                    }
                    error = e instanceof Error ? e : new Error(String(e));
                }
        }
        if (selectedCidrRange) {
            return selectedCidrRange;
        }
        else {
            throw (error === undefined ? new Error(`No range big enough in the pool for requested prefix: ${prefix}`) : error);
        }
    }
    /**
     * Gets a single or multiple ranges that fulfils the given prefix from the pool.
     *
     * throws exception if the requested range cannot be got from the pool.
     *
     * @param reqprefix prefix range to retrieve
     */
    getCidrRanges(reqprefix) {
        if (reqprefix.toRangeSize() > (this.getSize())) {
            throw new Error("Prefix greater than pool");
        }
        let go = (reqprefix, prefix, accummulated) => {
            try {
                let singleCidrRange = this.getCidrRange(prefix);
                accummulated.push(singleCidrRange);
                let currentSize = accummulated.reduce((previous, current) => {
                    return previous + (current.getSize());
                }, 0n);
                if (reqprefix.toRangeSize() === (currentSize)) {
                    return accummulated;
                }
                else {
                    return go(reqprefix, prefix, accummulated);
                }
            }
            catch (e) {
                let lowerPrefix = (0, Prefix_1.isIPv4Prefix)(prefix) ?
                    Prefix_1.IPv4Prefix.fromNumber(prefix.getValue() + 1n) : Prefix_1.IPv6Prefix.fromNumber(prefix.getValue() + 1n);
                return go(reqprefix, lowerPrefix, accummulated);
            }
        };
        return go(reqprefix, reqprefix, []);
    }
    /**
     * Returns the size of IP numbers in the pool
     */
    getSize() {
        return this
            .aggregate()
            .getRanges()
            .reduce((previous, current) => {
            return previous + current.getSize();
        }, 0n);
    }
    /**
     * Empties the pool and fill it with given ranges
     *
     * @param ipRanges the range to fill the pool with after emptying
     */
    resetWith(ipRanges) {
        this.backingSet.clear();
        this.backingSet = this.backingSet.add(ipRanges);
    }
    /**
     * Removes the given range from the pool. It only removes if the exact range exist in the pool.
     * It is a Noop and returns false, if the given range does not exist in the pool. Returns true otherwise
     *
     * @param rangeToRemove range to remove from ppol
     */
    removeExact(rangeToRemove) {
        let updatedSet = this.backingSet.removeExact(rangeToRemove);
        let isUpdated = !this.backingSet.isEquals(updatedSet);
        this.backingSet = updatedSet;
        return isUpdated;
    }
    /**
     * Removes the given range from the pool. If the given range overlaps, then it removes the overlapping portion.
     * It is a Noop and returns false, if the given range does not exist in the pool. Returns true otherwise
     *
     * @param rangeToRemove range to remove from ppol
     */
    removeOverlapping(rangeToRemove) {
        let updatedSet = this.backingSet.removeOverlapping(rangeToRemove);
        let isUpdated = !this.backingSet.isEquals(updatedSet);
        this.backingSet = updatedSet;
        return isUpdated;
    }
    /**
     * Adds the given range to the pool.
     *
     * @param range to add to pool.
     */
    add(range) {
        this.backingSet = this.backingSet.add(range);
    }
    /**
     * Removes all ranges from pool
     */
    clear() {
        this.backingSet.clear();
    }
}
exports.Pool = Pool;
class SortedSet {
    sortArray(array) {
        array.sort((a, b) => {
            if (a.isLessThan(b)) {
                return -1;
            }
            if (a.isGreaterThan(b)) {
                return 1;
            }
            return 0;
        });
        return array;
    }
    constructor(array) {
        if (array) {
            this.backingArray = this.sortArray(array);
        }
        else {
            this.backingArray = new Array();
        }
    }
    asArray() {
        return this.backingArray;
    }
    isEquals(other) {
        if (this.backingArray.length !== other.asArray().length) {
            return false;
        }
        return this.backingArray.every((value, index) => {
            return value.getSize() === (other.asArray()[index].getSize());
        });
    }
    add(item) {
        let array = this.backingArray;
        if ("push" in item) {
            array = array.concat(item);
        }
        else {
            array.push(item);
        }
        return new SortedSet(this.sortArray(array));
    }
    removeExact(items) {
        let filtered = this.backingArray
            .filter(currentItem => {
            if ("push" in items) {
                return items.find(item => item.isEquals(currentItem)) !== undefined;
            }
            else {
                return !items.isEquals(currentItem);
            }
        });
        return new SortedSet(this.sortArray(filtered));
    }
    removeOverlapping(items) {
        let filtered = this.backingArray
            .flatMap(backingItem => {
            if ("push" in items) {
                return items.flatMap(item => {
                    if (backingItem.contains(item)) {
                        return backingItem.difference(item);
                    }
                    else if (backingItem.inside(item)) {
                        return new Array();
                    }
                    else if (backingItem.isOverlapping(item)) {
                        return [backingItem.subtract(item)];
                    }
                    else {
                        return [item];
                    }
                });
            }
            else {
                try {
                    return backingItem.difference(items);
                }
                catch (e) {
                    return backingItem;
                }
            }
        });
        return new SortedSet(this.sortArray(filtered));
    }
    clear() {
        this.backingArray = [];
    }
}
//# sourceMappingURL=IPPool.js.map

/***/ }),

/***/ 586:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IPv6CidrRange = exports.IPv4CidrRange = exports.AbstractIPRange = exports.RangedSet = void 0;
exports.isIPv4CidrRange = isIPv4CidrRange;
const IPNumber_1 = __nccwpck_require__(625);
const Prefix_1 = __nccwpck_require__(842);
const BinaryUtils_1 = __nccwpck_require__(858);
const Validator_1 = __nccwpck_require__(74);
/**
 * Represents a continuous segment of either IPv4 or IPv6 numbers
 * without adhering to classless inter-domain routing scheme
 * for allocating IP addresses.
 */
class RangedSet {
    /**
     * Convenience method for constructing an instance of {@link RangedSet} from a
     * single IP number.
     *
     * @param ip The IP number, either IPv4 or IPv6 to construct the range from.
     */
    static fromSingleIP(ip) {
        return new RangedSet(ip, ip);
    }
    /**
     * Convenience method for constructing an instance of {@link RangedSet} from an
     * instance of either {@link IPv4CidrRange} or {@link IPv6CidrRange}
     *
     * @param cidrRange an instance of {@link RangedSet}
     */
    static fromCidrRange(cidrRange) {
        return new RangedSet(cidrRange.getFirst(), cidrRange.getLast());
    }
    /**
     * Convenience method for constructing an instance of {@link RangedSet} from
     * a range string in the form of firstIp-lastIp
     *
     * @param rangeString  string in the form of firstIp-lastIp
     */
    static fromRangeString(rangeString) {
        let ips = rangeString.split("-").map(ip => ip.trim());
        if (ips.length !== 2) {
            throw new Error("Argument should be in the format firstip-lastip");
        }
        let [firstIPString, lastIPString] = ips;
        let [isValidFirstIPv4,] = Validator_1.Validator.isValidIPv4String(firstIPString);
        let [isValidSecondIPv4,] = Validator_1.Validator.isValidIPv4String(lastIPString);
        let [isValidFirstIPv6,] = Validator_1.Validator.isValidIPv6String(firstIPString);
        let [isValidLastIPv6,] = Validator_1.Validator.isValidIPv6String(lastIPString);
        if (isValidFirstIPv4 && isValidSecondIPv4) {
            return new RangedSet(IPNumber_1.IPv4.fromDecimalDottedString(firstIPString), IPNumber_1.IPv4.fromDecimalDottedString(lastIPString));
        }
        else if (isValidFirstIPv6 && isValidLastIPv6) {
            return new RangedSet(IPNumber_1.IPv6.fromHexadecatet(firstIPString), IPNumber_1.IPv6.fromHexadecatet(lastIPString));
        }
        else {
            throw new Error("First IP and Last IP should be valid and same type");
        }
    }
    /**
     * Constructor for an instance of {@link RangedSet} from an
     * instance of either {@link IPv4CidrRange} or {@link IPv6CidrRange}
     *
     * Throws an exception if first IP number is not less than given last IP number
     *
     * @param first the first IP number of the range
     * @param last the last IP number of the range
     */
    constructor(first, last) {
        this.first = first;
        this.last = last;
        if (first.isGreaterThan(last)) {
            throw new Error(`${first.toString()} should be lower than ${last.toString()}`);
        }
        this.currentValue = first;
        this.bitValue = BigInt(first.bitSize);
    }
    /**
     * Returns the first IP number in the range
     */
    getFirst() {
        return this.first;
    }
    /**
     * Returns the last IP number in the range
     */
    getLast() {
        return this.last;
    }
    /**
     * Returns the size, which is the number of IP numbers in the range.
     */
    getSize() {
        return this.last.getValue() - (this.first.getValue()) + 1n;
    }
    /**
     * Converts to a string representation of the range in the form of:
     * <first-ip>-<last-ip>
     */
    toRangeString() {
        return `${this.getFirst()}-${this.getLast()}`;
    }
    /**
     * Checks if this range is inside another range.
     *
     * @param otherRange the other range to check if this range is inside of.
     */
    inside(otherRange) {
        return otherRange.contains(this);
    }
    /**
     * Checks if this range contains the given other range.
     *
     * @param otherRange the other range to check if this range contains
     */
    contains(otherRange) {
        let thisFirst = this.getFirst();
        let thisLast = this.getLast();
        let otherFirst = otherRange.getFirst();
        let otherLast = otherRange.getLast();
        return (thisFirst.isLessThanOrEquals(otherFirst) && thisLast.isGreaterThanOrEquals(otherLast));
    }
    /**
     * Check if this range is equal to the given other range.
     *
     * @param otherRange the other range to check if equal to this range.
     */
    isEquals(otherRange) {
        return this.getFirst().isEquals(otherRange.getFirst())
            && this.getLast().isEquals(otherRange.getLast());
    }
    ;
    /**
     * Check if this range is less than the given range.
     *
     * @param otherRange the other range to check if less than.
     */
    isLessThan(otherRange) {
        if (this.isEquals(otherRange)) {
            return false;
        }
        else {
            if (this.getFirst().isEquals(otherRange.getFirst())) {
                return this.getSize() < (otherRange.getSize());
            }
            return this.getFirst().isLessThan(otherRange.getFirst());
        }
    }
    /**
     * Check if this range is greater than the given range.
     *
     * @param otherRange the other range to check if greater than.
     */
    isGreaterThan(otherRange) {
        if (this.isEquals(otherRange)) {
            return false;
        }
        else {
            if (this.getFirst().isEquals(otherRange.getFirst())) {
                return this.getSize() > (otherRange.getSize());
            }
            return this.getFirst().isGreaterThan(otherRange.getFirst());
        }
    }
    /**
     * Checks of this range overlaps with a given other range.
     *
     * This means it checks if part of a range is part of another range without
     * being totally contained in the other range. Hence Equal or ranges contained inside one
     * another are not considered as overlapping.
     *
     * @param otherRange the other range to check if it overlaps with this range.
     */
    isOverlapping(otherRange) {
        let thisFirst = this.getFirst();
        let thisLast = this.getLast();
        let otherFirst = otherRange.getFirst();
        let otherLast = otherRange.getLast();
        return (thisLast.isGreaterThan(otherFirst) && thisLast.isLessThanOrEquals(otherLast) && thisFirst.isLessThan(otherFirst)
            ||
                otherLast.isGreaterThan(thisFirst) && otherLast.isLessThanOrEquals(thisLast) && otherFirst.isLessThan(thisFirst)
            ||
                this.contains(otherRange)
            ||
                otherRange.contains(this));
    }
    /**
     * Check if this range can be converted to a CIDR range.
     */
    isCidrAble() {
        if (this.getSize() === 1n) {
            return true;
        }
        try {
            let prefix = Number(this.bitValue) - (0, BinaryUtils_1.intLog2)(this.getSize());
            let netmask = (0, BinaryUtils_1.parseBinaryStringToBigInt)((0, BinaryUtils_1.cidrPrefixToMaskBinaryString)(prefix, (0, IPNumber_1.isIPv4)(this.currentValue) ? "IPv4" /* IPNumType.IPv4 */ : "IPv6" /* IPNumType.IPv6 */));
            return (this.first.getValue()) === (netmask & (this.first.getValue()));
        }
        catch (e) {
            return false;
        }
    }
    /**
     * Converts an instance of range to an instance of CIDR range
     */
    toCidrRange() {
        if ((0, IPNumber_1.isIPv4)(this.currentValue)) {
            return this.toIPv4CidrRange();
        }
        else {
            return this.toIPv6CidrRange();
        }
    }
    ;
    /**
     * Checks if this range is consecutive with another range.
     *
     * This means if the two ranges can be placed side by side, without any gap. Hence Equal
     * or ranges contained inside one another, or overlapping ranges are not considered as consecutive.
     *
     * @param otherRange the other range to check if this range is consecutive to.
     */
    isConsecutive(otherRange) {
        let thisFirst = this.getFirst();
        let thisLast = this.getLast();
        let otherFirst = otherRange.getFirst();
        let otherLast = otherRange.getLast();
        return (thisLast.hasNext() && thisLast.nextIPNumber().isEquals(otherFirst)
            ||
                otherLast.hasNext() && otherLast.nextIPNumber().isEquals(thisFirst));
    }
    /**
     * Creates a range that is a union of this range and the given other range.
     *
     * @param otherRange the other range to combine with this range
     */
    union(otherRange) {
        if (this.isEquals(otherRange)) {
            return new RangedSet(otherRange.getFirst(), otherRange.getLast());
        }
        if (this.contains(otherRange)) {
            return new RangedSet(this.getFirst(), this.getLast());
        }
        else if (otherRange.contains(this)) {
            return new RangedSet(otherRange.getFirst(), otherRange.getLast());
        }
        if (this.isOverlapping(otherRange)) {
            if (this.getFirst().isLessThan(otherRange.getFirst())) {
                return new RangedSet(this.getFirst(), otherRange.getLast());
            }
            else {
                return new RangedSet(otherRange.getFirst(), this.getLast());
            }
        }
        throw new Error("Ranges do not overlap nor are equal");
    }
    /**
     * Prepends given range with this range.
     * The last IP in the given range should be adjacent to the first IP in this range
     *
     * @param otherRange the other range to prepend
     */
    prepend(otherRange) {
        if (otherRange.getLast().nextIPNumber().isEquals(this.getFirst())) {
            return new RangedSet(otherRange.getFirst(), this.getLast());
        }
        else {
            throw new Error("Range to prepend must be adjacent");
        }
    }
    /**
     * Appends given range with this range.
     * The last IP in this range should be adjacent to the first IP in range to append
     *
     * @param otherRange the other range to append
     */
    append(otherRange) {
        if (this.getLast().nextIPNumber().isEquals(otherRange.getFirst())) {
            return new RangedSet(this.getFirst(), otherRange.getLast());
        }
        else {
            throw new Error("Range to append must be adjacent");
        }
    }
    subtract(otherRange) {
        if (!this.isOverlapping(otherRange)) {
            throw new Error("Cannot subtract ranges that are not overlapping");
        }
        if (!this.isLessThan(otherRange)) {
            throw new Error("Cannot subtract a larger range from this range");
        }
        return new RangedSet(this.getFirst(), otherRange.getLast());
    }
    /**
     * Returns a sub range of a given size from this range.
     *
     * @param offset offset from this range where the subrange should begin
     * @param size the size of the range
     */
    takeSubRange(offset, size) {
        if (offset + (size) > (this.getSize())) {
            throw new RangeError("Requested range is greater than what can be taken");
        }
        if (size === (0n)) {
            throw new Error("Sub range cannot be zero");
        }
        let valueOfFirstIp = this.getFirst().value + (offset);
        let firstIp = (0, IPNumber_1.isIPv4)(this.getFirst()) ?
            IPNumber_1.IPv4.fromNumber(valueOfFirstIp) : IPNumber_1.IPv6.fromBigInt(valueOfFirstIp);
        let valueOfLastIp = firstIp.value + (size - 1n);
        let lastIp = (0, IPNumber_1.isIPv4)(firstIp) ? IPNumber_1.IPv4.fromNumber(valueOfLastIp) : IPNumber_1.IPv6.fromBigInt(valueOfLastIp);
        return new RangedSet(firstIp, lastIp);
    }
    /**
     * Performs a subtraction operation, where the passed range is removed from the original range.
     *
     * The return range from the subtraction operation could be a single or multiple ranges
     *
     * @param range
     */
    difference(range) {
        if (range.getSize() > (this.getSize())) {
            throw new Error("Range is greater than range to be subtracted from");
        }
        if (!this.contains(range)) {
            throw new Error("Range to subtract is not contained in this range");
        }
        let reminders = [];
        try {
            reminders.push(new RangedSet(this.getFirst(), range.getFirst().previousIPNumber()));
        }
        catch (e) { }
        try {
            reminders.push(new RangedSet(range.getLast().nextIPNumber(), this.getLast()));
        }
        catch (e) { }
        return reminders;
    }
    *take(count) {
        let computed = this.getFirst();
        let returnCount = count === undefined ? this.getSize().valueOf() : count;
        while (returnCount > 0) {
            returnCount--;
            yield computed;
            computed = computed.nextIPNumber();
        }
    }
    *[Symbol.iterator]() {
        yield* this.take();
    }
    toIPv4CidrRange() {
        let candidateRange = new IPv4CidrRange(IPNumber_1.IPv4.fromNumber(this.getFirst().getValue()), Prefix_1.IPv4Prefix.fromRangeSize(this.getSize()));
        if (candidateRange.getFirst().isEquals(this.getFirst())) {
            return candidateRange;
        }
        else {
            throw new Error("Range cannot be converted to CIDR");
        }
    }
    toIPv6CidrRange() {
        let candidateRange = new IPv6CidrRange(IPNumber_1.IPv6.fromBigInt(this.getFirst().getValue()), Prefix_1.IPv6Prefix.fromRangeSize(this.getSize()));
        if (candidateRange.getFirst().isEquals(this.getFirst())) {
            return candidateRange;
        }
        else {
            throw new Error("Range cannot be converted to CIDR");
        }
    }
}
exports.RangedSet = RangedSet;
/**
 * Provides the implementation of functionality that are common to {@link IPv4CidrRange} and {@link IPv6CidrRange}
 */
class AbstractIPRange {
    hasNextRange() {
        let sizeOfCurrentRange = this.getSize();
        return ((2n ** this.bitValue) - sizeOfCurrentRange) >= (this.getFirst().getValue() + (sizeOfCurrentRange));
    }
    hasPreviousRange() {
        return this.getSize() <= (this.getFirst().getValue());
    }
    toRangeSet() {
        return new RangedSet(this.getFirst(), this.getLast());
    }
    inside(otherRange) {
        return this.toRangeSet().inside(otherRange.toRangeSet());
    }
    contains(otherRange) {
        if (otherRange instanceof IPNumber_1.AbstractIPNum) {
            const firstValue = this.getFirst().getValue();
            const lastValue = this.getLast().getValue();
            const otherValue = otherRange.getValue();
            return otherValue >= firstValue && otherValue <= lastValue;
        }
        return this.toRangeSet().contains(otherRange.toRangeSet());
    }
    toRangeString() {
        return this.toRangeSet().toRangeString();
    }
    isOverlapping(otherRange) {
        return this.toRangeSet().isOverlapping(otherRange.toRangeSet());
    }
    isConsecutive(otherRange) {
        return this.toRangeSet().isConsecutive(otherRange.toRangeSet());
    }
    isCidrMergeable(otherRange) {
        const count = BigInt((0, BinaryUtils_1.matchingBitCount)(this.getFirst().toBinaryString(), otherRange.getFirst().toBinaryString()));
        if (this.getPrefix().value - count !== 1n) {
            return false;
        }
        return this.isConsecutive(otherRange) && this.getSize() === (otherRange.getSize());
    }
    isMergeable(otherRange) {
        return this.isCidrMergeable(otherRange)
            || this.contains(otherRange)
            || this.inside(otherRange);
    }
    isEquals(otherRange) {
        return this.toRangeSet().isEquals(otherRange.toRangeSet());
    }
    merge(otherRange) {
        if (!this.isCidrMergeable(otherRange)) {
            throw new Error(`Cannot merge. Ranges (${this.toRangeString()},${otherRange.toRangeString()}) are not consecutive and/or of same size`);
        }
        return this.newInstance(this.getFirst(), this.getPrefix().merge());
    }
    /**
     * Returns a lazily evaluated representation of the IP range that produces IP numbers by either:
     *
     * - iterating over using the for of syntax
     * - converting to array using spread syntax
     * - or assigning values to variables using deconstruction
     *
     * @param count the number of IP numbers to lazily evaluate.
     * If none is given, the whole IP range is lazily returned.
     */
    *takeStream(count) {
        return this.toRangeSet().take(count);
    }
    *[Symbol.iterator]() {
        yield* this.toRangeSet();
    }
}
exports.AbstractIPRange = AbstractIPRange;
/**
 * Represents a continuous segment of IPv4 numbers following the
 * classless inter-domain routing scheme for allocating IP addresses.
 *
 * @see https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing
 */
class IPv4CidrRange extends AbstractIPRange {
    /**
     * Convenience method for constructing an instance of an IPv4CidrRange from an IP range represented in CIDR notation
     *
     * @param {string} rangeIncidrNotation the range of the IPv4 number in CIDR notation
     * @returns {IPv4CidrRange} the IPv4CidrRange
     */
    static fromCidr(rangeIncidrNotation) {
        let [isValid, errorMessages] = Validator_1.Validator.isValidIPv4CidrNotation(rangeIncidrNotation);
        if (!isValid) {
            let messages = errorMessages.filter(message => { return message !== ''; });
            throw new Error(messages.join(' and '));
        }
        let cidrComponents = rangeIncidrNotation.split("/");
        let ipString = cidrComponents[0];
        let prefix = BigInt(parseInt(cidrComponents[1]));
        return new IPv4CidrRange(IPNumber_1.IPv4.fromDecimalDottedString(ipString), Prefix_1.IPv4Prefix.fromNumber(prefix));
    }
    /**
     * Constructor for creating an instance of an IPv4 range.
     *
     * The arguments taken by the constructor is inspired by the CIDR notation which basically consists of the IP
     * number and the prefix.
     *
     * @param {IPv4} ipv4 the IP number used to construct the range. By convention this is the first IP number in
     * the range, but it could also be any IP number within the range
     * @param {IPv4Prefix} cidrPrefix the prefix which is a representation of the number of bits used to mask the
     * given IP number in other to create the range
     */
    constructor(ipv4, cidrPrefix) {
        super();
        this.ipv4 = ipv4;
        this.cidrPrefix = cidrPrefix;
        this.bitValue = 32n;
    }
    /**
     * Gets the size of IPv4 numbers contained within the IPv4 range
     *
     * @returns {bigint} the amount of IPv4 numbers in the range
     */
    getSize() {
        return this.cidrPrefix.toRangeSize();
    }
    /**
     * Method that returns the IPv4 range in CIDR (Classless Inter-Domain Routing) notation.
     *
     * See {@link https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing#CIDR_notation} for more information
     * on the Classless Inter-Domain Routing notation
     *
     * @returns {string} the IPv4 range in CIDR (Classless Inter-Domain Routing) notation
     */
    toCidrString() {
        let first = this.ipv4.toString();
        return `${first.toString()}/${this.cidrPrefix.toString()}`;
    }
    /**
     * Method that returns the IPv4 range in string notation where the first IPv4 number and last IPv4 number are
     * separated by an hyphen. eg. 192.198.0.0-192.198.0.255
     *
     * @returns {string} the range in [first IPv4 number] - [last IPv4 number] format
     */
    toRangeString() {
        return super.toRangeString();
    }
    /**
     * Method that returns the first IPv4 number in the IPv4 range
     *
     * @returns {IPv4} the first IPv4 number in the IPv4 range
     */
    getFirst() {
        return IPNumber_1.IPv4.fromNumber(this.ipv4.getValue() & (this.cidrPrefix.toMask().getValue()));
    }
    /**
     * Method that returns the last IPv4 number in the IPv4 range
     *
     * @returns {IPv4} the last IPv4 number in the IPv4 range
     */
    getLast() {
        return last(this, this.ipv4);
    }
    newInstance(num, prefix) {
        return new IPv4CidrRange(num, prefix);
    }
    getPrefix() {
        return this.cidrPrefix;
    }
    /**
     * Indicates whether the given IPv4 range is an adjacent range.
     *
     * An adjacent range being one where the end of the given range, when incremented by one marks the start of the
     * other range. Or where the start of the given range, when decreased by one, marks the end of the other range
     *
     * @param {IPv4CidrRange} otherRange the other IPv4 range to compare with
     * @returns {boolean} true if the two IPv4 ranges are consecutive, false otherwise
     */
    isConsecutive(otherRange) {
        return super.isConsecutive(otherRange);
    }
    /**
     * Indicates if the given IPv4 range is a subset.
     *
     * By a subset range, it means all the values of the given range are contained by this IPv4 range
     *
     * @param {IPv4CidrRange} otherRange the other IPv4 range
     * @returns {boolean} true if the other Ipv4 range is a subset. False otherwise.
     */
    contains(otherRange) {
        return super.contains(otherRange);
    }
    /**
     * Indicate if the given range is a container range.
     *
     * By container range, it means all the IP number in this current range can be found within the given range.
     *
     * @param {IPv4CidrRange} otherRange he other IPv4 range
     * @returns {boolean} true if the other Ipv4 range is a container range. False otherwise.
     */
    inside(otherRange) {
        return super.inside(otherRange);
    }
    /**
     * Checks if two IPv4 ranges overlap
     * @param {IPv4CidrRange} otherRange the other IPv4 range
     * @returns {boolean} true if the ranges overlap, false otherwise
     */
    isOverlapping(otherRange) {
        return super.isOverlapping(otherRange);
    }
    /**
     * Method that takes IPv4 number from within an IPv4 range, starting from the first IPv4 number
     *
     * @param {bigint} count the amount of IPv4 number to take from the IPv4 range
     * @returns {Array<IPv4>} an array of IPv4 number, taken from the IPv4 range
     */
    take(count) {
        let ipv4s = [this.getFirst()];
        let iteratingIPv4 = this.getFirst();
        if (count > (this.getSize())) {
            let errMessage = Validator_1.Validator.takeOutOfRangeSizeMessage
                .replace("$count", count.toString())
                .replace("$size", this.getSize().toString());
            throw new Error(errMessage);
        }
        for (let counter = 0; counter < count - 1n; counter++) {
            ipv4s.push(iteratingIPv4.nextIPNumber());
            iteratingIPv4 = iteratingIPv4.nextIPNumber();
        }
        return ipv4s;
    }
    /**
     * Method that splits an IPv4 range into two halves
     *
     * @returns {Array<IPv4CidrRange>} An array of two {@link IPv4CidrRange}
     */
    split() {
        let prefixToSplit = this.cidrPrefix.getValue();
        if (prefixToSplit === 32n) {
            throw new Error("Cannot split an IP range with a single IP number");
        }
        let splitCidr = Prefix_1.IPv4Prefix.fromNumber(prefixToSplit + 1n);
        let firstIPOfFirstRange = this.getFirst();
        let firstRange = new IPv4CidrRange(firstIPOfFirstRange, splitCidr);
        let firstIPOfSecondRange = firstRange.getLast().nextIPNumber();
        let secondRange = new IPv4CidrRange(firstIPOfSecondRange, splitCidr);
        return [firstRange, secondRange];
    }
    /**
     * Method that split prefix into ranges of the given prefix,
     * throws an exception if the size of the given prefix is larger than target prefix
     *
     * @param prefix the prefix to use to split
     * @returns {Array<IPv4CidrRange>} An array of two {@link IPv4CidrRange}
     */
    splitInto(prefix) {
        let splitCount = prefix.getValue() - this.cidrPrefix.getValue();
        if (splitCount < 0) {
            throw new Error("Prefix to split into is larger than source prefix");
        }
        else if (splitCount === 0n) {
            return [new IPv4CidrRange(this.getFirst(), prefix)];
        }
        else if (splitCount === 1n) {
            return this.split();
        }
        else {
            let results = this.split();
            while (splitCount > 1) {
                results = results.flatMap(result => result.split());
                splitCount = splitCount - 1n;
            }
            return results;
        }
    }
    /**
     * Returns true if there is an adjacent IPv4 cidr range of exactly the same size next to this range
     */
    hasNextRange() {
        return super.hasNextRange();
    }
    /**
     * Returns true if there is an adjacent IPv4 cidr range of exactly the same size previous to this range
     */
    hasPreviousRange() {
        return super.hasPreviousRange();
    }
    /**
     * Return the next IPv6 cidr range, or undefined if no next range
     */
    nextRange() {
        if (this.hasNextRange()) {
            let sizeOfCurrentRange = this.getSize();
            let startOfNextRange = this.getFirst().getValue() + (sizeOfCurrentRange);
            return new IPv4CidrRange(new IPNumber_1.IPv4(startOfNextRange), this.cidrPrefix);
        }
        return;
    }
    /**
     * Return the previous IPv6 cidr range, or undefined if no next range
     */
    previousRange() {
        if (this.hasPreviousRange()) {
            let sizeOfCurrentRange = this.getSize();
            let startOfPreviousRange = this.getFirst().getValue() - (sizeOfCurrentRange);
            return new IPv4CidrRange(new IPNumber_1.IPv4(startOfPreviousRange), this.cidrPrefix);
        }
        return;
    }
}
exports.IPv4CidrRange = IPv4CidrRange;
/**
 * Represents a continuous segment of IPv6 number following the
 * classless inter-domain routing scheme for allocating IP addresses.
 *
 * @see https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing
 */
class IPv6CidrRange extends AbstractIPRange {
    /**
     * Convenience method for constructing an instance of an IPV6Range from an IP range represented in CIDR notation
     *
     * @param {string} rangeInCidrNotation the range of the IPv6 number in CIDR notation
     * @returns {IPv6CidrRange} the IPV6Range
     */
    static fromCidr(rangeInCidrNotation) {
        let [isValid, message] = Validator_1.Validator.isValidIPv6CidrNotation(rangeInCidrNotation);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        let cidrComponents = rangeInCidrNotation.split("/");
        let ipString = cidrComponents[0];
        let prefix = BigInt(parseInt(cidrComponents[1]));
        return new IPv6CidrRange(IPNumber_1.IPv6.fromHexadecatet(ipString), Prefix_1.IPv6Prefix.fromNumber(prefix));
    }
    ;
    /**
     * Constructor for creating an instance of an IPv6 range.
     *
     * The arguments taken by the constructor is inspired by the CIDR notation which basically consists of the IP
     * number and the prefix.
     *
     * @param {IPv6} ipv6 the IP number used to construct the range. By convention this is the first IP number in
     * the range, but it could also be any IP number within the range
     * @param {IPv6Prefix} cidrPrefix the prefix which is a representation of the number of bits used to mask the
     * given IPv6 number in other to create the range
     */
    constructor(ipv6, cidrPrefix) {
        super();
        this.ipv6 = ipv6;
        this.cidrPrefix = cidrPrefix;
        this.bitValue = 128n;
    }
    /**
     * Gets the size of IPv6 numbers contained within the IPv6 range
     *
     * @returns {bigint} the amount of IPv6 numbers in the range
     */
    getSize() {
        return this.cidrPrefix.toRangeSize();
    }
    /**
     * Method that returns the IPv6 range in CIDR (Classless Inter-Domain Routing) notation.
     *
     * See {@link https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing#CIDR_notation} for more information
     * on the Classless Inter-Domain Routing notation
     *
     * @returns {string} the IPv6 range in CIDR (Classless Inter-Domain Routing) notation
     */
    toCidrString() {
        let first = this.ipv6.toString();
        return `${first.toString()}/${this.cidrPrefix.toString()}`;
    }
    /**
     * Method that returns the IPv6 range in string notation where the first IPv6 number and last IPv6 number are
     * separated by an hyphen. eg. "2001:db8:0:0:0:0:0:0-2001:db8:0:ffff:ffff:ffff:ffff:ffff"
     *
     * @returns {string} the range in [first IPv6 number] - [last IPv6 number] format
     */
    toRangeString() {
        return super.toRangeString();
    }
    /**
     * Method that returns the first IPv6 number in the IPv6 range
     *
     * @returns {IPv6} the first IPv6 number in the IPv6 range
     */
    getFirst() {
        return IPNumber_1.IPv6.fromBigInt(this.ipv6.getValue() & (this.cidrPrefix.toMask().getValue()));
    }
    /**
     * Method that returns the last IPv6 number in the IPv6 range
     *
     * @returns {IPv6} the last IPv6 number in the IPv6 range
     */
    getLast() {
        return last(this, this.ipv6);
    }
    newInstance(num, prefix) {
        return new IPv6CidrRange(num, prefix);
    }
    getPrefix() {
        return this.cidrPrefix;
    }
    /**
     * Indicates whether the given IPv6 range is an adjacent range.
     *
     * An adjacent range being one where the end of the given range, when incremented by one marks the start of the
     * other range. Or where the start of the given range, when decreased by one, marks the end of the other range
     *
     * @param {IPv6CidrRange} otherRange the other IPv6 range to compare with
     * @returns {boolean} true if the two IPv6 ranges are consecutive, false otherwise
     */
    isConsecutive(otherRange) {
        return super.isConsecutive(otherRange);
    }
    /**
     * Indicates if the given IPv6 range is a subset.
     *
     * By a subset range, it means all the values of the given range are contained by this IPv6 range
     *
     * @param {IPv6CidrRange} otherRange the other IPv6 range
     * @returns {boolean} true if the other Ipv6 range is a subset. False otherwise.
     */
    contains(otherRange) {
        return super.contains(otherRange);
    }
    /**
     * Indicate if the given range is a container range.
     *
     * By container range, it means all the IP number in this current range can be found within the given range.
     *
     * @param {IPv6CidrRange} otherRange he other IPv6 range
     * @returns {boolean} true if the other Ipv6 range is a container range. False otherwise.
     */
    inside(otherRange) {
        return super.inside(otherRange);
    }
    /**
     * Checks if two IPv6 ranges overlap
     * @param {IPv6CidrRange} otherRange the other IPv6 range
     * @returns {boolean} true if the ranges overlap, false otherwise
     */
    isOverlapping(otherRange) {
        return super.isOverlapping(otherRange);
    }
    /**
     * Method that takes IPv6 number from within an IPv6 range, starting from the first IPv6 number
     *
     * @param {bigint} count the amount of IPv6 number to take from the IPv6 range
     * @returns {Array<IPv6>} an array of IPv6 number, taken from the IPv6 range
     */
    take(count) {
        let iPv6s = [this.getFirst()];
        let iteratingIPv6 = this.getFirst();
        if (count > (this.getSize())) {
            throw new Error(`${count.toString()} is greater than ${this.getSize().toString()}, the size of the range`);
        }
        for (var counter = 0; counter < count - 1n; counter++) {
            iPv6s.push(iteratingIPv6.nextIPNumber());
            iteratingIPv6 = iteratingIPv6.nextIPNumber();
        }
        return iPv6s;
    }
    /**
     * Method that splits an IPv6 cidr range into two halves
     *
     * @returns {Array<IPv6CidrRange>} An array of two {@link IPv6CidrRange}
     */
    split() {
        let prefixToSplit = this.cidrPrefix.getValue();
        if (prefixToSplit === 128n) {
            throw new Error("Cannot split an IP range with a single IP number");
        }
        let splitCidr = Prefix_1.IPv6Prefix.fromNumber(prefixToSplit + 1n);
        let firstIPOfFirstRange = this.getFirst();
        let firstRange = new IPv6CidrRange(firstIPOfFirstRange, splitCidr);
        let firstIPOfSecondRange = firstRange.getLast().nextIPNumber();
        let secondRange = new IPv6CidrRange(firstIPOfSecondRange, splitCidr);
        return [firstRange, secondRange];
    }
    /**
     * Method that split prefix into ranges of the given prefix,
     * throws an exception if the size of the given prefix is larger than target prefix
     *
     * @param prefix the prefix to use to split
     * @returns {Array<IPv6CidrRange>} An array of two {@link IPv6CidrRange}
     */
    splitInto(prefix) {
        let splitCount = prefix.getValue() - this.cidrPrefix.getValue();
        if (splitCount < 0) {
            throw new Error("Prefix to split into is larger than source prefix");
        }
        else if (splitCount === 0n) {
            return [new IPv6CidrRange(this.getFirst(), prefix)];
        }
        else if (splitCount === 1n) {
            return this.split();
        }
        else {
            let results = this.split();
            while (splitCount > 1) {
                results = results.flatMap(result => result.split());
                splitCount = splitCount - 1n;
            }
            return results;
        }
    }
    /**
     * Returns true if there is an adjacent IPv6 cidr range of exactly the same size next to this range
     */
    hasNextRange() {
        return super.hasNextRange();
    }
    /**
     * Returns true if there is an adjacent IPv6 cidr range of exactly the same size previous to this range
     */
    hasPreviousRange() {
        return super.hasPreviousRange();
    }
    /**
     * Return the next IPv6 cidr range, or undefined if no next range
     */
    nextRange() {
        if (this.hasNextRange()) {
            let sizeOfCurrentRange = this.getSize();
            let startOfNextRange = this.getFirst().getValue() + (sizeOfCurrentRange);
            return new IPv6CidrRange(new IPNumber_1.IPv6(startOfNextRange, this.ipv6.zoneId), this.cidrPrefix);
        }
        return;
    }
    /**
     * Return the previous IPv6 cidr range, or undefined if no next range
     */
    previousRange() {
        if (this.hasPreviousRange()) {
            let sizeOfCurrentRange = this.getSize();
            let startOfPreviousRange = this.getFirst().getValue() - sizeOfCurrentRange;
            return new IPv6CidrRange(new IPNumber_1.IPv6(startOfPreviousRange, this.ipv6.zoneId), this.cidrPrefix);
        }
        return;
    }
}
exports.IPv6CidrRange = IPv6CidrRange;
// utility functions shared by both IPv6CidrRange and IPv4CidrRange
let last = (range, ip) => {
    let bitValue = Number(range.bitValue.valueOf());
    let maskSize = BigInt(`0b${"1".repeat(bitValue)}`);
    let maskAsBigInteger = range.cidrPrefix.toMask().getValue();
    let invertedMask = (0, BinaryUtils_1.leftPadWithZeroBit)((maskAsBigInteger ^ (maskSize)).toString(2), bitValue);
    if (isIPv4CidrRange(range)) {
        return IPNumber_1.IPv4.fromNumber((ip.getValue()) | ((0, BinaryUtils_1.parseBinaryStringToBigInt)(invertedMask)));
    }
    else {
        return IPNumber_1.IPv6.fromBigInt((ip.getValue()) | ((0, BinaryUtils_1.parseBinaryStringToBigInt)(invertedMask)));
    }
};
function isIPv4CidrRange(ip) {
    return ip.bitValue.valueOf() === 32n;
}
//# sourceMappingURL=IPRange.js.map

/***/ }),

/***/ 893:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=IPv6AddressKind.js.map

/***/ }),

/***/ 510:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collapseIPv6Number = exports.expandIPv6Number = void 0;
const BinaryUtils_1 = __nccwpck_require__(858);
const Validator_1 = __nccwpck_require__(74);
let extractPrefix = (ipv6String) => {
    return ipv6String.includes("/") ? `/${ipv6String.split("/")[1]}` : "";
};
let expandIPv6Number = (ipv6String) => {
    let expandWithZero = (hexadecimalArray) => {
        let paddedArray = [];
        hexadecimalArray.forEach(hexadecimal => {
            if (hexadecimal.includes('.')) {
                const [v4part1, v4part2] = (0, BinaryUtils_1.dottedDecimalNotationToBinaryString)(hexadecimal)
                    .match(/.{1,16}/g)
                    .map(bin => (0, BinaryUtils_1.parseBinaryStringToBigInt)(bin).toString(16));
                paddedArray.push((0, BinaryUtils_1.leftPadWithZeroBit)(v4part1, 4));
                paddedArray.push((0, BinaryUtils_1.leftPadWithZeroBit)(v4part2, 4));
            }
            else {
                paddedArray.push((0, BinaryUtils_1.leftPadWithZeroBit)(hexadecimal, 4));
            }
        });
        return paddedArray.join(":");
    };
    let expandDoubleColon = (gapCount) => {
        let pads = [];
        for (let count = 0; count < gapCount; count++) {
            pads.push("0000");
        }
        return pads.join(":");
    };
    if (/(:){3,}/.test(ipv6String))
        throw "given IPv6 contains consecutive : more than two";
    const prefix = extractPrefix(ipv6String);
    if (ipv6String.includes("/")) {
        ipv6String = ipv6String.split("/")[0];
    }
    let isValid = Validator_1.Validator.IPV6_PATTERN.test(ipv6String);
    if (!isValid) {
        throw Error(Validator_1.Validator.invalidIPv6PatternMessage);
    }
    if (ipv6String.includes("::")) {
        let split = ipv6String.split("::");
        let leftPortion = split[0];
        let rightPortion = split[1];
        let leftPortionSplit = leftPortion.split(":").filter(hexadecimal => { return hexadecimal !== ""; });
        let rightPortionSplit = rightPortion.split(":").filter(hexadecimal => { return hexadecimal !== ""; });
        let extra = leftPortionSplit.concat(rightPortionSplit).filter(part => part.includes('.')).length;
        let doublePortion = expandDoubleColon(8 - (leftPortionSplit.length + rightPortionSplit.length + extra));
        let leftString = expandWithZero(leftPortionSplit);
        if (leftString !== "") {
            leftString += ":";
        }
        let rightString = expandWithZero(rightPortionSplit);
        if (rightString !== "") {
            rightString = ":" + rightString;
        }
        return `${leftString}${doublePortion}${rightString}${prefix}`;
    }
    else {
        return `${expandWithZero(ipv6String.split(":"))}${prefix}`;
    }
};
exports.expandIPv6Number = expandIPv6Number;
// Helper function to shorten hexadecatets
const shortenHexadecatet = (hex) => {
    // Input hex is expected to be like "0000", "0DB8", "001A" from expanded form
    const withoutLeadingZero = hex.replace(/^0+/, '');
    // If hex was "0000", withoutLeadingZero is "", so return "0"
    // Otherwise, return the string without leading zeros.
    return withoutLeadingZero === '' ? '0' : withoutLeadingZero;
};
let collapseIPv6Number = (ipv6String) => {
    const originalPrefix = extractPrefix(ipv6String);
    const processedIPv6String = ipv6String.includes("/") ? ipv6String.split("/")[0] : ipv6String;
    let expandedIPv6 = "";
    try {
        // Expand to full 8 segments, no prefix internally for processing
        let tempExpanded = (0, exports.expandIPv6Number)(processedIPv6String);
        if (tempExpanded.includes("/")) {
            expandedIPv6 = tempExpanded.split("/")[0];
        }
        else {
            expandedIPv6 = tempExpanded;
        }
    }
    catch (e) {
        // Propagate error if expansion fails (e.g. invalid IPv6 format)
        throw e;
    }
    let hexadecatets = expandedIPv6.split(":");
    if (hexadecatets.length !== 8) {
        // This case should ideally be prevented by expandIPv6Number's validation or structure.
        // If expandIPv6Number guarantees 8 segments or throws, this might not be strictly needed.
        // However, as a safeguard:
        throw new Error(`Invalid IPv6 structure after expansion: ${expandedIPv6}. Expected 8 segments.`);
    }
    let zeroSequences = [];
    let currentSequenceStart = -1;
    let currentSequenceLength = 0;
    for (let i = 0; i < 8; i++) {
        // Segments from expandIPv6Number are 4-char 0-padded, e.g., "0000"
        if (hexadecatets[i] === "0000") {
            if (currentSequenceStart === -1) {
                currentSequenceStart = i;
            }
            currentSequenceLength++;
        }
        else {
            if (currentSequenceLength > 0) {
                zeroSequences.push({ start: currentSequenceStart, length: currentSequenceLength });
            }
            currentSequenceStart = -1;
            currentSequenceLength = 0;
        }
    }
    if (currentSequenceLength > 0) { // Capture any trailing zero sequence
        zeroSequences.push({ start: currentSequenceStart, length: currentSequenceLength });
    }
    if (zeroSequences.length === 0) {
        // No zero segments at all, just shorten each hexadecatet
        return hexadecatets.map(shortenHexadecatet).join(":") + originalPrefix;
    }
    // Sort sequences: longest first, then earliest start first
    zeroSequences.sort((a, b) => {
        if (b.length !== a.length) {
            return b.length - a.length;
        }
        return a.start - b.start;
    });
    const bestSequence = zeroSequences[0];
    if (bestSequence.length === 8) { // All 8 segments are zero
        return "::" + originalPrefix;
    }
    // RFC 5952: "The symbol "::" MUST NOT be used to shorten just one 16-bit 0 field."
    // So, length must be > 1 for "::" compression.
    if (bestSequence.length < 2) {
        // No "::" compression is applied (e.g. "1:2:0:4:5:6:7:8")
        return hexadecatets.map(shortenHexadecatet).join(":") + originalPrefix;
    }
    // Apply "::" compression using the bestSequence
    let leftPartSegments = hexadecatets.slice(0, bestSequence.start);
    let rightPartSegments = hexadecatets.slice(bestSequence.start + bestSequence.length);
    let leftString = leftPartSegments.map(shortenHexadecatet).join(":");
    let rightString = rightPartSegments.map(shortenHexadecatet).join(":");
    let finalStr = "";
    if (bestSequence.start === 0) { // Compression at the beginning: "::..."
        finalStr = "::" + rightString;
    }
    else if (bestSequence.start + bestSequence.length === 8) { // Compression at the end: "...::"
        // Ensure that if leftString is empty (which shouldn't happen here if start > 0), it's handled.
        // However, if bestSequence.start > 0, leftPartSegments won't be empty unless bestSequence.start is 0.
        finalStr = leftString + "::";
    }
    else { // Compression in the middle: "...::..."
        finalStr = leftString + "::" + rightString;
    }
    return finalStr + originalPrefix;
};
exports.collapseIPv6Number = collapseIPv6Number;
//# sourceMappingURL=IPv6Utils.js.map

/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Octet = void 0;
const Validator_1 = __nccwpck_require__(74);
/**
 * A binary representation of a 8 bit value.
 *
 * {@see https://en.wikipedia.org/wiki/Octet_(computing)} for more information on Octets
 *
 * An octet is used in the textual representation of an {@link IPv4} number, where the IP number value is divided
 * into 4 octets
 */
class Octet {
    /**
     * Convenience method for creating an Octet out of a string value representing the value of the octet
     *
     * @param {string} rawValue the octet value in string
     * @returns {Octet} the Octet instance
     */
    static fromString(rawValue) {
        return new Octet(rawValue);
    }
    ;
    /**
     * Convenience method for creating an Octet out of a numeric value representing the value of the octet
     *
     * @param {number} rawValue the octet value in number
     * @returns {Octet} the Octet instance
     */
    static fromNumber(rawValue) {
        return new Octet(rawValue);
    }
    ;
    /**
     * Constructor for creating an instance of an Octet.
     *
     * The constructor parameter given could either be a string or number.
     *
     * If a string, it is the string representation of the numeric value of the octet
     * If a number, it is the numeric representation of the value of the octet
     *
     * @param {string | number} givenValue value of the octet to be created.
     */
    constructor(givenValue) {
        let octetValue;
        if (typeof givenValue === 'string') {
            octetValue = parseInt(givenValue);
        }
        else {
            octetValue = givenValue;
        }
        let [isValid, message] = Validator_1.Validator.isValidIPv4Octet(BigInt(octetValue));
        if (!isValid) {
            throw Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        this.value = octetValue;
    }
    /**
     * Method to get the numeric value of the octet
     *
     * @returns {number} the numeric value of the octet
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns a decimal representation of the value of the octet in string
     *
     * @returns {string} a decimal representation of the value of the octet in string
     */
    toString() {
        return this.value.toString(10);
    }
}
exports.Octet = Octet;
//# sourceMappingURL=Octet.js.map

/***/ }),

/***/ 842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IPv6Prefix = exports.IPv4Prefix = void 0;
exports.isIPv4Prefix = isIPv4Prefix;
const Validator_1 = __nccwpck_require__(74);
const IPNumber_1 = __nccwpck_require__(625);
const BinaryUtils_1 = __nccwpck_require__(858);
const HexadecimalUtils_1 = __nccwpck_require__(6);
const Hexadecatet_1 = __nccwpck_require__(248);
/**
 * Represents the prefix portion in the CIDR notation for representing IP ranges
 *
 * The IPv4 prefix portion represents the mask. It is the number of continuous bits turned on (with value 1)
 * counting from the left side of an 8 bit value.
 *
 * {@see https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing} for more information on CIDR
 */
class IPv4Prefix {
    /**
     * Convenience method for constructing an instance of IPv4 prefix from a decimal number
     *
     * @param {number} rawValue the decimal value to construct the IPv4 prefix from.
     * @returns {IPv4Prefix} the instance of an IPv4 prefix
     */
    static fromNumber(rawValue) {
        return new IPv4Prefix(rawValue);
    }
    ;
    static fromRangeSize(rangeSize) {
        let prefixNumber = rangeSize === (1n) ? 32 : 32 - rangeSizeToPrefix(rangeSize, Validator_1.Validator.IPV4_SIZE);
        return IPv4Prefix.fromNumber(BigInt(prefixNumber));
    }
    ;
    /**
     * Constructor for an instance of IPv4 prefix from a decimal number
     *
     * @param {number} rawValue the decimal value to construct the IPv4 prefix from.
     * @returns {IPv4Prefix} the instance of an IPv4 prefix
     */
    constructor(rawValue) {
        this.type = "IPv4";
        this.bitValue = 32n;
        let isValid;
        let message;
        [isValid, message] = Validator_1.Validator.isValidPrefixValue(rawValue, "IPv4" /* IPNumType.IPv4 */);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        this.value = rawValue;
    }
    /**
     * Gets the decimal value of the IPv4 prefix
     *
     * @returns {number} the decimal value of the IPv4 prefix
     */
    getValue() {
        return this.value;
    }
    /**
     * Gets the decimal value of the IPv4 prefix as string
     * @returns {string} The decimal value of the IPv4 prefix as string
     */
    toString() {
        return this.value.toString();
    }
    /**
     * Converts the IPv4 prefix to a {@link IPv4Mask}
     *
     * The IPv4 mask is the representation of the prefix in the dot-decimal notation
     *
     * @returns {IPv4Mask} the mask representation of the prefix
     */
    toMask() {
        let onBits = '1'.repeat(Number(this.value));
        let offBits = '0'.repeat(Number(32n - this.value));
        return IPNumber_1.IPv4Mask.fromDecimalDottedString(this.toDecimalNotation(`${onBits}${offBits}`));
    }
    /**
     * Returns the size (number of IP numbers) of range of this prefix
     *
     * @return {bigint} the size (number of IP numbers) of range of this prefix
     */
    toRangeSize() {
        /**
         * Using bitwise shift operation this will be
         * 1 << (this.bitValue - this.getValue())
         * Since left shift a number by x is equivalent to multiplying the number by the power x raised to 2
         * 2 << 4 = 2 * (2 raised to 4)
         */
        return 1n << (this.bitValue - this.getValue());
    }
    /**
     * Returns a prefix for when this prefix is merged
     * with another prefix of the same size
     */
    merge() {
        return new IPv4Prefix(this.value - 1n);
    }
    /**
     * Returns a prefix for when this prefix is split
     * into two equal halves
     */
    split() {
        return new IPv4Prefix(this.value + 1n);
    }
    toDecimalNotation(bits) {
        return `${(0, BinaryUtils_1.parseBinaryStringToBigInt)(bits.substr(0, 8))}.${(0, BinaryUtils_1.parseBinaryStringToBigInt)(bits.substr(8, 8))}.${(0, BinaryUtils_1.parseBinaryStringToBigInt)(bits.substr(16, 8))}.${(0, BinaryUtils_1.parseBinaryStringToBigInt)(bits.substr(24, 8))}`;
    }
}
exports.IPv4Prefix = IPv4Prefix;
/**
 * Represents the prefix portion in the CIDR notation for representing IP ranges
 *
 * The IPv6 prefix portion represents the mask. It is the number of continuous bits turned on (with value 1)
 * counting from the left side of an 128 bit value.
 *
 * {@see https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing} for more information on CIDR
 */
class IPv6Prefix {
    /**
     * Convenience method for constructing an instance of IPv46 prefix from a decimal number
     *
     * @param {number} rawValue the decimal value to construct the IPv6 prefix from.
     * @returns {IPv4Prefix} the instance of an IPv6 prefix
     */
    static fromNumber(rawValue) {
        return new IPv6Prefix(rawValue);
    }
    ;
    static fromRangeSize(rangeSize) {
        let prefixNumber = rangeSize === (1n) ? 128 : 128 - rangeSizeToPrefix(rangeSize, Validator_1.Validator.IPV6_SIZE);
        return IPv6Prefix.fromNumber(BigInt(prefixNumber));
    }
    /**
     * Constructor for an instance of IPv6 prefix from a decimal number
     *
     * @param {number} rawValue the decimal value to construct the IPv6 prefix from.
     * @returns {IPv4Prefix} the instance of an IPv6 prefix
     */
    constructor(rawValue) {
        this.type = "IPv6";
        this.bitValue = 128n;
        let isValid;
        let message;
        [isValid, message] = Validator_1.Validator.isValidPrefixValue(rawValue, "IPv6" /* IPNumType.IPv6 */);
        if (!isValid) {
            throw new Error(message.filter(msg => { return msg !== ''; }).toString());
        }
        this.value = rawValue;
    }
    /**
     * Gets the decimal value of the IPv6 prefix
     *
     * @returns {number} the decimal value of the IPv6 prefix
     */
    getValue() {
        return this.value;
    }
    /**
     * Gets the decimal value of the IPv4 prefix as string
     * @returns {string} he decimal value of the IPv4 prefix as string
     */
    toString() {
        return this.value.toString();
    }
    /**
     * Converts the IPv6 prefix to a {@link IPv6Mask}
     *
     * The IPv6 mask is the representation of the prefix in 8 groups of 16 bit values represented in hexadecimal
     *
     * @returns {IPv6Mask} the mask representation of the prefix
     */
    toMask() {
        let onBits = '1'.repeat(Number(this.value));
        let offBits = '0'.repeat(128 - Number(this.value));
        return IPNumber_1.IPv6Mask.fromHexadecatet(this.toHexadecatetNotation(`${onBits}${offBits}`));
    }
    /**
     * Returns the size (number of IP numbers) of range of this prefix
     *
     * @return {bigint} the size (number of IP numbers) of range of this prefix
     */
    toRangeSize() {
        /**
         * Using bitwise shift operation this will be
         * 1 << (this.bitValue - this.getValue())
         * Since left shift a number by x is equivalent to multiplying the number by the power x raised to 2
         * 2 << 4 = 2 * (2 raised to 4)
         */
        return 1n << (this.bitValue - this.getValue());
    }
    /**
     * Returns a prefix for when this prefix is merged
     * with another prefix of the same size
     */
    merge() {
        return new IPv6Prefix(this.value - 1n);
    }
    /**
     * Returns a prefix for when this prefix is split
     * into two equal halves
     */
    split() {
        return new IPv6Prefix(this.value + 1n);
    }
    toHexadecatetNotation(bits) {
        let binaryStrings = bits.match(/.{1,16}/g);
        let hexadecimalStrings = binaryStrings.map((binaryString) => {
            return Hexadecatet_1.Hexadecatet.fromString((0, HexadecimalUtils_1.binaryStringToHexadecimalString)(binaryString));
        });
        return hexadecimalStrings.map((value) => { return value.toString(); }).join(":");
    }
}
exports.IPv6Prefix = IPv6Prefix;
function rangeSizeToPrefix(rangeSize, rangeMaxSize) {
    let ipType = rangeMaxSize > (Validator_1.Validator.IPV4_SIZE) ? "IPv6" : "IPv4";
    if (rangeSize > (rangeMaxSize) || rangeSize === (0n)) {
        throw new Error(Validator_1.Validator.invalidIPRangeSizeMessage.replace("$iptype", ipType));
    }
    try {
        return (0, BinaryUtils_1.intLog2)(rangeSize);
    }
    catch (e) {
        throw new Error(Validator_1.Validator.invalidIPRangeSizeForCidrMessage);
    }
}
/**
 * Check is the given Prefix is an {@link IPv4Prefix} or not
 * @param prefix the IP prefix to check if it is IPv4Prefix.
 */
function isIPv4Prefix(prefix) {
    return prefix.type === "IPv4";
}
/**
 * Check is the given Prefix is an {@link IPv4Prefix} or not
 * @param prefix the IP prefix to check if it is IPv4Prefix.
 */
function isIPv6Prefix(prefix) {
    return prefix.type === "IPv6";
}
//# sourceMappingURL=Prefix.js.map

/***/ }),

/***/ 74:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Validator = void 0;
const BinaryUtils_1 = __nccwpck_require__(858);
const BinaryUtils_2 = __nccwpck_require__(858);
const IPv6Utils_1 = __nccwpck_require__(510);
const HexadecimalUtils_1 = __nccwpck_require__(6);
const HexadecimalUtils_2 = __nccwpck_require__(6);
class Validator {
    /**
     * Checks if given ipNumber is in between the given lower and upper bound
     *
     * @param ipNumber ipNumber to check
     * @param lowerBound lower bound
     * @param upperBound upper bound
     * @returns {boolean} true if ipNumber is between lower and upper bound
     */
    static isWithinRange(ipNumber, lowerBound, upperBound) {
        return ipNumber >= lowerBound && ipNumber <= upperBound;
    }
    /**
     * Checks if the number given is within the value considered valid for an ASN number
     *
     * @param asnNumber the asn number to validate
     * @returns {[boolean , string]} first value is true if valid ASN, false otherwise. Second value contains
     * "valid" or an error message when value is invalid
     */
    static isValidAsnNumber(asnNumber) {
        let isValid = this.isWithinRange(asnNumber, 0n, this.THIRTY_TWO_BIT_SIZE);
        return [isValid, isValid ? [] : [Validator.invalidAsnRangeMessage]];
    }
    /**
     * Checks if the given ASN number is a 16bit ASN number
     *
     * @param {bigint} asnNumber to check if 16bit or not
     * @returns {[boolean , string]} first value is true if valid 16bit ASN, false otherwise. Second value contains
     * "valid" or an error message when value is invalid
     */
    static isValid16BitAsnNumber(asnNumber) {
        let isValid = Validator.isWithinRange(asnNumber, 0n, Validator.SIXTEEN_BIT_SIZE);
        return [isValid, isValid ? [] : [Validator.invalid16BitAsnRangeMessage]];
    }
    /**
     * Checks if the number given is within the value considered valid for an IPv4 number
     *
     * @param ipv4Number the asn number to validate
     * @returns {[boolean , string]} first value is true if valid IPv4 number, false otherwise. Second value contains
     * "valid" or an error message when value is invalid
     */
    static isValidIPv4Number(ipv4Number) {
        ipv4Number = typeof ipv4Number === "bigint" ? ipv4Number : BigInt(ipv4Number);
        let isValid = this.isWithinRange(ipv4Number, 0n, this.THIRTY_TWO_BIT_SIZE);
        return isValid ? [isValid, []] : [isValid, [Validator.invalidIPv4NumberMessage]];
    }
    /**
     * Checks if the number given is within the value considered valid for an IPv6 number
     *
     * @param ipv6Number the asn number to validate
     * @returns {[boolean , string]} first value is true if valid IPv6 number, false otherwise. Second value contains
     * "valid" or an error message when value is invalid
     */
    static isValidIPv6Number(ipv6Number) {
        let isValid = this.isWithinRange(ipv6Number, 0n, this.ONE_HUNDRED_AND_TWENTY_EIGHT_BIT_SIZE);
        return isValid ? [isValid, []] : [isValid, [Validator.invalidIPv6NumberMessage]];
    }
    /**
     * Checks if the number given is valid for an IPv4 octet
     *
     * @param octetNumber the octet value
     * @returns {boolean} true if valid octet, false otherwise
     */
    static isValidIPv4Octet(octetNumber) {
        let withinRange = this.isWithinRange(octetNumber, 0n, this.EIGHT_BIT_SIZE);
        return [withinRange, withinRange ? [] : [Validator.invalidOctetRangeMessage]];
    }
    /**
     * Checks if the number given is valid for an IPv6 hexadecatet
     *
     * @param {bigint} hexadecatetNum the hexadecatet value
     * @returns {[boolean , string]} first value is true if valid hexadecatet, false otherwise. Second value contains
     * "valid" or an error message when value is invalid
     */
    static isValidIPv6Hexadecatet(hexadecatetNum) {
        let isValid = this.isWithinRange(hexadecatetNum, 0n, this.SIXTEEN_BIT_SIZE);
        return isValid ? [isValid, []] : [isValid, [Validator.invalidHexadecatetMessage]];
    }
    /**
     * Checks if given string is a valid IPv4 value.
     *
     * @param {string} ipv4String the IPv4 string to validate
     * @returns {[boolean , string]} result of validation, first value represents if is valid IPv4, second value
     * contains error message if invalid IPv4
     */
    static isValidIPv4String(ipv4String) {
        let rawOctets = ipv4String.split(".");
        if (rawOctets.length != 4 || rawOctets.includes('')) {
            return [false, [Validator.invalidOctetCountMessage]];
        }
        let isValid = rawOctets.every(octet => {
            // reject leading zeros: '010' is decimal here but octal in inet_aton (CVE-2021-29921 parser differential)
            if (octet.length > 1 && octet.startsWith('0')) {
                return false;
            }
            return Validator.isNumeric(octet) ? Validator.isValidIPv4Octet(BigInt(octet))[0] : false;
        });
        if (!isValid) {
            return [false, [Validator.invalidOctetRangeMessage]];
        }
        isValid = Validator.IPV4_PATTERN.test(ipv4String);
        return [isValid, isValid ? [] : [Validator.invalidIPv4PatternMessage]];
    }
    /**
     * Checks if given string is a valid IPv6 value.
     *
     * @param {string} ipv6String the IPv6 string to validate
     * @returns {[boolean , string]} result of validation, first value represents if is valid IPv6, second value
     * contains error message if invalid IPv6
     */
    static isValidIPv6String(ipv6String) {
        let [ipv6, zoneId, ...rest] = ipv6String.split('%');
        if (rest.length > 0) {
            return [false, [Validator.invalidIPv6PatternMessage]];
        }
        if (zoneId && !Validator.ZONE_INDEX_PATTERN.test(zoneId)) {
            return [false, [Validator.invalidIPv6PatternMessage]];
        }
        if (ipv6String.includes('%') && !zoneId) {
            return [false, [Validator.invalidIPv6PatternMessage]];
        }
        try {
            let hexadecimals = (0, IPv6Utils_1.expandIPv6Number)(ipv6).split(":");
            if (hexadecimals.length != 8) {
                return [false, [Validator.invalidHexadecatetCountMessage]];
            }
            let isValid = hexadecimals.every(hexadecimal => {
                return Validator.isHexadecatet(hexadecimal) ?
                    Validator.isValidIPv6Hexadecatet(BigInt(`0x${hexadecimal}`))[0] : false;
            });
            if (!isValid) {
                return [false, [Validator.invalidHexadecatetMessage]];
            }
            isValid = Validator.IPV6_PATTERN.test(ipv6);
            if (!isValid) {
                return [false, [Validator.invalidIPv6PatternMessage]];
            }
            return [isValid, []];
        }
        catch (error) {
            return [false, [String(error)]];
        }
    }
    /**
     * Checks if given value is a valid prefix value
     *
     * @param prefixValue value to check
     * @param ipNumType The type of IP number
     * @returns {(boolean|string)[]} a tuple representing if valid or not and corresponding message
     */
    static isValidPrefixValue(prefixValue, ipNumType) {
        if ("IPv4" /* IPNumType.IPv4 */ === ipNumType) {
            let withinRange = Validator.isWithinRange(BigInt(prefixValue), 0n, 32n);
            return [withinRange, withinRange ? [] : [Validator.invalidPrefixValueMessage]];
        }
        if ("IPv6" /* IPNumType.IPv6 */ === ipNumType) {
            let withinRange = Validator.isWithinRange(BigInt(prefixValue), 0n, 128n);
            return [withinRange, withinRange ? [] : [Validator.invalidPrefixValueMessage]];
        }
        return [false, [Validator.invalidInetNumType]];
    }
    /**
     * Checks if given string is a valid IPv4 mask
     *
     * @param {string} ipv4MaskString the given IPv4 mask string
     * @returns {[boolean , string]} first value is true if valid IPv4 mask string, false otherwise. Second value
     * contains "valid" or an error message when value is invalid
     */
    static isValidIPv4Mask(ipv4MaskString) {
        let [isValidIPv4, invalidIPv4Messages] = Validator.isValidIPv4String(ipv4MaskString);
        if (!isValidIPv4) {
            return [false, invalidIPv4Messages];
        }
        let ipv4InBinary = (0, BinaryUtils_1.dottedDecimalNotationToBinaryString)(ipv4MaskString);
        let isValid = Validator.IPV4_CONTIGUOUS_MASK_BIT_PATTERN.test(ipv4InBinary);
        return isValid ? [isValid, []] : [isValid, [Validator.invalidMaskMessage]];
    }
    /**
     * Checks if given string is a valid IPv6 mask
     *
     * @param {string} ipv6MaskString the given IPv6 mask string
     * @returns {[boolean , string]} first value is true if valid IPv6 mask string, false otherwise. Second value
     * contains "valid" or an error message when value is invalid
     */
    static isValidIPv6Mask(ipv6MaskString) {
        try {
            let ipv6InBinary = (0, HexadecimalUtils_2.hexadectetNotationToBinaryString)(ipv6MaskString);
            let isValid = Validator.IPV6_CONTIGUOUS_MASK_BIT_PATTERN.test(ipv6InBinary);
            return isValid ? [isValid, []] : [isValid, [Validator.invalidMaskMessage]];
        }
        catch (error) {
            return [false, [String(error)]];
        }
    }
    /**
     * Checks if the given string is a valid IPv4 range in Cidr notation
     *
     * @param {string} ipv4RangeAsCidrString the IPv4 range in Cidr notation
     *
     * @returns {[boolean , string[]]} first value is true if valid IPv4 range in Cidr notation, false otherwise. Second
     * value contains "valid" or an error message when value is invalid
     */
    static isValidIPv4CidrNotation(ipv4RangeAsCidrString) {
        let cidrComponents = ipv4RangeAsCidrString.split("/");
        if (cidrComponents.length !== 2 || (cidrComponents[0].length === 0 || cidrComponents[1].length === 0)) {
            return [false, [Validator.invalidIPv4CidrNotationMessage]];
        }
        let ip = cidrComponents[0];
        let range = cidrComponents[1];
        if (!/^\d+$/.test(range)) {
            return [false, [Validator.invalidIPv4CidrNotationMessage]];
        }
        if (isNaN(Number(range))) {
            return [false, [Validator.invalidIPv4CidrNotationMessage]];
        }
        let [validIpv4, invalidIpv4Message] = Validator.isValidIPv4String(ip);
        let [validPrefix, invalidPrefixMessage] = Validator.isValidPrefixValue(BigInt(range), "IPv4" /* IPNumType.IPv4 */);
        let isValid = validIpv4 && validPrefix;
        let invalidMessage = invalidIpv4Message.concat(invalidPrefixMessage);
        return isValid ? [isValid, []] : [isValid, invalidMessage];
    }
    /**
     *  Checks if the given string is a valid IPv4 range in Cidr notation, with the ip number in the cidr notation
     *  being the start of the range
     *
     * @param {string}  ipv4CidrNotation the IPv4 range in Cidr notation
     *
     * * @returns {[boolean , string[]]} first value is true if valid Cidr notation, false otherwise. Second
     * value contains [] or an array of error message when invalid
     */
    static isValidIPv4CidrRange(ipv4CidrNotation) {
        return Validator.isValidCidrRange(ipv4CidrNotation, Validator.isValidIPv4CidrNotation, BinaryUtils_1.dottedDecimalNotationToBinaryString, (value) => (0, BinaryUtils_2.cidrPrefixToMaskBinaryString)(value, "IPv4" /* IPNumType.IPv4 */));
    }
    /**
     *  Checks if the given string is a valid IPv6 range in Cidr notation, with the ip number in the cidr notation
     *  being the start of the range
     *
     * @param {string}  ipv6CidrNotation the IPv6 range in Cidr notation
     *
     * * @returns {[boolean , string[]]} first value is true if valid Cidr notation, false otherwise. Second
     * value contains [] or an array of error message when invalid
     */
    static isValidIPv6CidrRange(ipv6CidrNotation) {
        return Validator.isValidCidrRange(ipv6CidrNotation, Validator.isValidIPv6CidrNotation, HexadecimalUtils_1.colonHexadecimalNotationToBinaryString, (value) => (0, BinaryUtils_2.cidrPrefixToMaskBinaryString)(value, "IPv6" /* IPNumType.IPv6 */));
    }
    static isValidCidrRange(rangeString, cidrNotationValidator, toBinaryStringConverter, prefixFactory) {
        let validationResult = cidrNotationValidator(rangeString);
        if (!validationResult[0]) {
            return validationResult;
        }
        let cidrComponents = rangeString.split("/");
        let ip = cidrComponents[0];
        let range = cidrComponents[1];
        let ipNumber = BigInt(`0b${toBinaryStringConverter(ip)}`);
        let mask = BigInt(`0b${prefixFactory(parseInt(range))}`);
        let isValid = (ipNumber & (mask)) === (ipNumber);
        return isValid ? [isValid, []] : [isValid, [Validator.InvalidIPCidrRangeMessage]];
    }
    static isValidIPv4RangeString(ipv4RangeString) {
        let firstLastValidator = (firstIP, lastIP) => BigInt(`0b${(0, BinaryUtils_1.dottedDecimalNotationToBinaryString)(firstIP)}`)
            >= BigInt(`0b${(0, BinaryUtils_1.dottedDecimalNotationToBinaryString)(lastIP)}`);
        return this.isValidRange(ipv4RangeString, Validator.isValidIPv4String, firstLastValidator);
    }
    static isValidIPv6RangeString(ipv6RangeString) {
        let firstLastValidator = (firstIP, lastIP) => BigInt(`0b${(0, HexadecimalUtils_2.hexadectetNotationToBinaryString)(firstIP)}`)
            >= BigInt(`0b${(0, HexadecimalUtils_2.hexadectetNotationToBinaryString)(lastIP)}`);
        return this.isValidRange(ipv6RangeString, Validator.isValidIPv6String, firstLastValidator);
    }
    static isValidRange(rangeString, validator, firstLastValidator) {
        let rangeComponents = rangeString.split("-").map(component => component.trim());
        if (rangeComponents.length !== 2 || (rangeComponents[0].length === 0 || rangeComponents[1].length === 0)) {
            return [false, [Validator.invalidRangeNotationMessage]];
        }
        let firstIP = rangeComponents[0];
        let lastIP = rangeComponents[1];
        let [validFirstIP, invalidFirstIPMessage] = validator(firstIP);
        let [validLastIP, invalidLastIPMessage] = validator(lastIP);
        let isValid = validFirstIP && validLastIP;
        if (isValid && firstLastValidator(firstIP, lastIP)) {
            return [false, [Validator.invalidRangeFirstNotGreaterThanLastMessage]];
        }
        let invalidMessage = invalidFirstIPMessage.concat(invalidLastIPMessage);
        return isValid ? [isValid, []] : [isValid, invalidMessage];
    }
    /**
     * Checks if the given string is a valid IPv6 range in Cidr notation
     *
     * @param {string} ipv6RangeAsCidrString the IPv6 range in Cidr notation
     *
     * @returns {[boolean , string]} first value is true if valid IPv6 range in Cidr notation, false otherwise.
     * Second value contains "valid" or an error message when value is invalid
     */
    // TODO change to be like isValidIPv4CidrNotation where validation is done on the component of the cidr notation
    // instead of a single regex check
    static isValidIPv6CidrNotation(ipv6RangeAsCidrString) {
        let cidrComponents = ipv6RangeAsCidrString.split("/");
        if (cidrComponents.length !== 2 || (cidrComponents[0].length === 0 || cidrComponents[1].length === 0)) {
            return [false, [Validator.invalidIPv6CidrNotationString]];
        }
        let isValid = Validator.IPV6_RANGE_PATTERN.test(ipv6RangeAsCidrString);
        return isValid ? [isValid, []] : [isValid, [Validator.invalidIPv6CidrNotationString]];
    }
    /**
     * Checks if the given string is a binary string. That is contains only contiguous 1s and 0s
     *
     * @param {string} binaryString the binary string
     * @returns {(boolean|string)[]} a tuple representing if valid or not and corresponding message
     */
    static isValidBinaryString(binaryString) {
        if (/^([10])+$/.test(binaryString)) {
            return [true, []];
        }
        else {
            return [false, [Validator.invalidBinaryStringErrorMessage]];
        }
    }
    static isNumeric(value) {
        return /^(\d+)$/.test(value);
    }
    static isHexadecatet(value) {
        return /^[0-9A-Fa-f]{4}$/.test(value);
    }
}
exports.Validator = Validator;
Validator.IPV4_PATTERN = new RegExp(/^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/);
// source: https://community.helpsystems.com/forums/intermapper/miscellaneous-topics/5acc4fcf-fa83-e511-80cf-0050568460e4
Validator.IPV6_PATTERN = new RegExp(/^(((?:[0-9A-Fa-f]{1,4}:){7}(?:[0-9A-Fa-f]{1,4}|:))|((?:[0-9A-Fa-f]{1,4}:){6}(?::[0-9A-Fa-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|((?:[0-9A-Fa-f]{1,4}:){5}(?:(?:(?::[0-9A-Fa-f]{1,4}){1,2})|:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|((?:[0-9A-Fa-f]{1,4}:){4}(?:(?:(?::[0-9A-Fa-f]{1,4}){1,3})|(?:(?::[0-9A-Fa-f]{1,4})?:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|((?:[0-9A-Fa-f]{1,4}:){3}(?:(?:(?::[0-9A-Fa-f]{1,4}){1,4})|(?:(?::[0-9A-Fa-f]{1,4}){0,2}:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|((?:[0-9A-Fa-f]{1,4}:){2}(?:(?:(?::[0-9A-Fa-f]{1,4}){1,5})|(?:(?::[0-9A-Fa-f]{1,4}){0,3}:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|((?:[0-9A-Fa-f]{1,4}:){1}(?:(?:(?::[0-9A-Fa-f]{1,4}){1,6})|(?:(?::[0-9A-Fa-f]{1,4}){0,4}:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(?::(?:(?:(?::[0-9A-Fa-f]{1,4}){1,7})|(?:(?::[0-9A-Fa-f]{1,4}){0,5}:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))(?:%.+)?$/);
Validator.ZONE_INDEX_PATTERN = new RegExp(/^[a-zA-Z0-9]*$/);
Validator.IPV4_RANGE_PATTERN = new RegExp(/^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\/)([1-9]|[1-2][0-9]|3[0-2])$/);
Validator.IPV6_RANGE_PATTERN = new RegExp(/^((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:)))(%.+)?(\/([0-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8]))?$/);
Validator.IPV4_CONTIGUOUS_MASK_BIT_PATTERN = new RegExp(/^(1){0,32}(0){0,32}$/);
Validator.IPV6_CONTIGUOUS_MASK_BIT_PATTERN = new RegExp(/^(1){0,128}(0){0,128}$/);
Validator.EIGHT_BIT_SIZE = BigInt(`0b${"1".repeat(8)}`);
Validator.SIXTEEN_BIT_SIZE = BigInt(`0b${"1".repeat(16)}`);
Validator.THIRTY_TWO_BIT_SIZE = BigInt(`0b${"1".repeat(32)}`);
Validator.ONE_HUNDRED_AND_TWENTY_EIGHT_BIT_SIZE = BigInt(`0b${"1".repeat(128)}`);
Validator.IPV4_SIZE = BigInt("4294967296");
Validator.IPV6_SIZE = BigInt("340282366920938463463374607431768211456");
Validator.invalidAsnRangeMessage = "ASN number given less than zero or is greater than 32bit";
Validator.invalid16BitAsnRangeMessage = "ASN number given less than zero or is greater than 16bit";
Validator.invalidIPv4NumberMessage = "IPv4 number given less than zero or is greater than 32bit";
Validator.invalidIPv6NumberMessage = "IPv6 number given less than zero or is greater than 128bit";
Validator.invalidOctetRangeMessage = "Value given contains an invalid Octet; Value is less than zero or is greater than 8bit";
Validator.invalidHexadecatetMessage = "The value given is less than zero or is greater than 16bit";
Validator.invalidOctetCountMessage = "An IP4 number cannot have less or greater than 4 octets";
Validator.invalidHexadecatetCountMessage = "An IP6 number must have exactly 8 hexadecatet";
Validator.invalidMaskMessage = "The Mask is invalid";
Validator.invalidPrefixValueMessage = "A Prefix value cannot be less than 0 or greater than 32";
Validator.invalidIPv4CidrNotationMessage = "Cidr notation should be in the form [ip number]/[range]";
Validator.InvalidIPCidrRangeMessage = "Given IP number portion must is not the start of the range";
Validator.invalidRangeNotationMessage = "Range notation should be in the form [first ip]-[last ip]";
Validator.invalidRangeFirstNotGreaterThanLastMessage = "First IP in [first ip]-[last ip] must be less than Last IP";
Validator.invalidIPv6CidrNotationString = "A Cidr notation string should contain an IPv6 number and prefix";
Validator.takeOutOfRangeSizeMessage = "$count is greater than $size, the size of the range";
Validator.cannotSplitSingleRangeErrorMessage = "Cannot split an IP range with a single IP number";
Validator.invalidInetNumType = "Given ipNumType must be either InetNumType.IPv4 or InetNumType.IPv6";
Validator.invalidBinaryStringErrorMessage = "Binary string should contain only contiguous 1s and 0s";
Validator.invalidIPRangeSizeMessage = "Given size is zero or greater than maximum size of $iptype";
Validator.invalidIPRangeSizeForCidrMessage = "Given size can't be created via cidr prefix";
Validator.invalidIPv4PatternMessage = "Given IPv4 is not confirm to a valid IPv6 address";
Validator.invalidIPv6PatternMessage = "Given IPv6 is not confirm to a valid IPv6 address";
//# sourceMappingURL=Validator.js.map

/***/ }),

/***/ 960:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/**
 * Exposes all the library's modules making them available from the "ip-num" module.
 * Making it possible to get access to all any of the modules by doing require("ip-num")
 *
 * @example
 * let ipNum = require("ip-num")
 * ipNum.IPv4CidrRange // gets access to IPv4CidrRange
 * ipNum.Asn // gets access to Asn
 */
__exportStar(__nccwpck_require__(858), exports);
__exportStar(__nccwpck_require__(248), exports);
__exportStar(__nccwpck_require__(6), exports);
__exportStar(__nccwpck_require__(625), exports);
__exportStar(__nccwpck_require__(875), exports);
__exportStar(__nccwpck_require__(141), exports);
__exportStar(__nccwpck_require__(586), exports);
__exportStar(__nccwpck_require__(893), exports);
__exportStar(__nccwpck_require__(510), exports);
__exportStar(__nccwpck_require__(311), exports);
__exportStar(__nccwpck_require__(842), exports);
__exportStar(__nccwpck_require__(74), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 768:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/engine/bitset.ts
// Fixed-size sets of endpoint indexes, 32 per word: the engine's unit of work, so that a
// rule's peers, an endpoint's isolation and a whole row of verdicts are a few word operations.
function createBitset(size) {
    return new Uint32Array((size + 31) >>> 5);
}
function setBit(set, index) {
    set[index >>> 5] = set[index >>> 5] | (1 << (index & 31));
}
function hasBit(set, index) {
    return ((set[index >>> 5] >>> (index & 31)) & 1) === 1;
}
/** `target |= source`, in place. */
function orInto(target, source) {
    for (let i = 0; i < target.length; i++)
        target[i] = target[i] | source[i];
}
/** `target &= source`, in place. */
function andInto(target, source) {
    for (let i = 0; i < target.length; i++)
        target[i] = target[i] & source[i];
}
/** `target &= ~source`, in place. */
function andNotInto(target, source) {
    for (let i = 0; i < target.length; i++)
        target[i] = target[i] & ~source[i];
}
function and(a, b) {
    const out = a.slice();
    andInto(out, b);
    return out;
}
function isEmptyBitset(set) {
    for (let i = 0; i < set.length; i++)
        if (set[i] !== 0)
            return false;
    return true;
}
/** Calls `visit` with every index in the set, in increasing order. */
function forEachBit(set, visit) {
    for (let w = 0; w < set.length; w++) {
        let word = set[w];
        while (word !== 0) {
            const low = word & -word;
            visit((w << 5) + (31 - Math.clz32(low)));
            word ^= low;
        }
    }
}

;// CONCATENATED MODULE: ./src/manifests/is-record.ts
// What every reader of parsed YAML needs: a type guard for mappings, and a look-up by a name
// taken from a manifest that never finds Object's own properties (`kind: constructor`).
/** Whether a parsed YAML value is a mapping (not null, not a list). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `table[key]` when the table itself has the key; undefined for `constructor`, `toString`… */
function ownValue(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}

;// CONCATENATED MODULE: ./src/manifests/read-labels.ts

/** The labels, or an error message when the value is not a mapping of strings to strings. */
function readLabels(value) {
    if (value === undefined || value === null)
        return {};
    if (!isRecord(value))
        return 'labels must be a mapping of keys to string values';
    const labels = {};
    for (const [key, v] of Object.entries(value)) {
        if (typeof v !== 'string')
            return `label "${key}" has the ${v === null ? 'null' : typeof v} value ${JSON.stringify(v)}; label values must be strings (quote it)`;
        labels[key] = v;
    }
    return labels;
}

;// CONCATENATED MODULE: ./src/net/ip-set.ts
const IPV4_ALL = { family: 4, first: 0n, last: (1n << 32n) - 1n };
const IPV6_ALL = { family: 6, first: 0n, last: (1n << 128n) - 1n };
function compare(a, b) {
    if (a.family !== b.family)
        return a.family - b.family;
    return a.first < b.first ? -1 : a.first > b.first ? 1 : 0;
}
/** Normalizes any ranges into an IpSet: sorted, overlapping and adjacent ranges merged. */
function ipSetOf(ranges) {
    const sorted = [...ranges].sort(compare);
    const out = [];
    for (const r of sorted) {
        const last = out[out.length - 1];
        if (last !== undefined && last.family === r.family && r.first <= last.last + 1n) {
            if (r.last > last.last)
                out[out.length - 1] = { family: last.family, first: last.first, last: r.last };
        }
        else {
            out.push(r);
        }
    }
    return out;
}
function unionIpSets(a, b) {
    return ipSetOf([...a, ...b]);
}
/** The addresses of `a` that are not in `b`. */
function subtractIpSets(a, b) {
    const out = [];
    for (const range of a) {
        let first = range.first;
        for (const cut of b) {
            if (cut.family !== range.family || cut.last < first || cut.first > range.last)
                continue;
            if (cut.first > first)
                out.push({ family: range.family, first, last: cut.first - 1n });
            first = cut.last + 1n;
            if (first > range.last)
                break;
        }
        if (first <= range.last)
            out.push({ family: range.family, first, last: range.last });
    }
    return out;
}
function intersectIpSets(a, b) {
    const out = [];
    for (const x of a) {
        for (const y of b) {
            if (x.family !== y.family)
                continue;
            const first = x.first > y.first ? x.first : y.first;
            const last = x.last < y.last ? x.last : y.last;
            if (first <= last)
                out.push({ family: x.family, first, last });
        }
    }
    return ipSetOf(out);
}
/** Whether every address of `inner` is in `outer`. */
function ipSetCovers(outer, inner) {
    return subtractIpSets(inner, outer).length === 0;
}
function ipSetHas(set, family, address) {
    return set.some((r) => r.family === family && r.first <= address && address <= r.last);
}

// EXTERNAL MODULE: ./node_modules/ip-num/dist/src/index.js
var src = __nccwpck_require__(960);
;// CONCATENATED MODULE: ./src/net/ip-format.ts
// Writes addresses and ranges as text: IPv4 dotted, IPv6 in its compressed form (RFC 5952),
// a range as the fewest CIDRs that cover it exactly.

const BITS = { 4: 32n, 6: 128n };
function formatAddress(family, value) {
    return family === 4 ? src.IPv4.fromNumber(value).toString() : (0,src.collapseIPv6Number)(new src.IPv6(value).toString());
}
/** The CIDRs, largest blocks first in address order, that cover the range exactly. */
function formatRange(range) {
    const bits = BITS[range.family];
    const cidrs = [];
    let first = range.first;
    while (first <= range.last) {
        // The largest block aligned at `first` that does not pass `last`.
        let size = 0n;
        while (size < bits && first % (1n << (size + 1n)) === 0n && first + (1n << (size + 1n)) - 1n <= range.last)
            size++;
        cidrs.push(`${formatAddress(range.family, first)}/${bits - size}`);
        first += 1n << size;
    }
    return cidrs;
}

;// CONCATENATED MODULE: ./src/net/cidr.ts
// Parses CIDR text into address ranges, using ip-num for the arithmetic. Host bits set after
// the prefix are masked, as Go's parser does (SEMANTICS §2.10), and reported.


/** Parsed texts: ip-num takes tens of microseconds a CIDR, and a repository repeats a few (the
 * same `except` list in every namespace, both revisions). A pure function's memo of immutable
 * values, bounded. */
const parsed = new Map();
const MEMO_LIMIT = 100_000;
/** The parsed CIDR, or undefined when the text is not a CIDR. */
function parseCidr(text) {
    if (parsed.has(text))
        return parsed.get(text);
    if (parsed.size >= MEMO_LIMIT)
        parsed.clear();
    const result = parseText(text);
    parsed.set(text, result);
    return result;
}
function parseText(text) {
    const trimmed = text.trim();
    try {
        if (trimmed.includes(':')) {
            if (!src.Validator.isValidIPv6CidrNotation(trimmed)[0])
                return undefined;
            const cidr = src.IPv6CidrRange.fromCidr(trimmed);
            return finish(cidr.getFirst().value, cidr.getLast().value, 6, src.Validator.isValidIPv6CidrRange(trimmed)[0]);
        }
        if (!src.Validator.isValidIPv4CidrNotation(trimmed)[0])
            return undefined;
        const cidr = src.IPv4CidrRange.fromCidr(trimmed);
        return finish(cidr.getFirst().value, cidr.getLast().value, 4, src.Validator.isValidIPv4CidrRange(trimmed)[0]);
    }
    catch {
        return undefined;
    }
}
function finish(first, last, family, isCanonical) {
    const range = { family, first, last };
    return { range, canonical: formatRange(range)[0], isCanonical };
}

;// CONCATENATED MODULE: ./src/policies/calico-nets.ts

function parseCalicoNet(text) {
    const trimmed = text.trim();
    const withPrefix = trimmed.includes('/') ? trimmed : `${trimmed}/${trimmed.includes(':') ? 128 : 32}`;
    return parseCidr(withPrefix)?.range;
}

;// CONCATENATED MODULE: ./src/policies/calico-inputs.ts




/** The built-in tier of policies without `tier` and of Kubernetes NetworkPolicies (§2.2). */
const DEFAULT_TIER = { name: 'default', order: 1_000_000, defaultAction: 'deny' };
function isCalicoObject(object) {
    return /^(crd\.)?projectcalico\.org\//.test(object.apiVersion);
}
function readCalicoInputs(objects, defaultNamespace) {
    const tiers = new Map([['default', DEFAULT_TIER]]);
    const networkSets = [];
    const diagnostics = [];
    for (const object of objects) {
        if (!isCalicoObject(object))
            continue;
        const at = (path) => object.document.lineOf([...object.path, ...path]);
        const error = (path, message, fix) => diagnostics.push({
            code: 'INVALID_FIELD',
            severity: 'error',
            file: object.document.file,
            line: at(path),
            message: `${object.kind} ${object.name}: ${message}`,
            fix,
        });
        const spec = isRecord(object.value.spec) ? object.value.spec : {};
        if (object.kind === 'Tier') {
            const order = spec.order;
            if (order !== undefined && order !== null && typeof order !== 'number') {
                error(['spec', 'order'], 'order must be a number; the tier is read as having no order (last)', 'write order: 100');
            }
            const action = spec.defaultAction;
            if (action !== undefined && action !== 'Deny' && action !== 'Pass')
                error(['spec', 'defaultAction'], `defaultAction ${JSON.stringify(action)} is neither Deny nor Pass; Deny is assumed`, 'write defaultAction: Deny or Pass');
            if (object.name === 'default')
                continue;
            tiers.set(object.name, {
                name: object.name,
                order: typeof order === 'number' ? order : Infinity,
                defaultAction: action === 'Pass' ? 'pass' : 'deny',
                source: { file: object.document.file, line: object.line },
            });
        }
        if (object.kind === 'NetworkSet' || object.kind === 'GlobalNetworkSet') {
            const labels = readLabels(isRecord(object.value.metadata) ? object.value.metadata.labels : undefined);
            if (typeof labels === 'string') {
                error(['metadata', 'labels'], `${labels}; the set was left out`, 'quote label values');
                continue;
            }
            const ranges = [];
            const nets = spec.nets ?? [];
            if (!Array.isArray(nets)) {
                error(['spec', 'nets'], 'nets must be a list of CIDRs; the set was left out', 'write nets: [198.51.100.0/24]');
                continue;
            }
            nets.forEach((net, i) => {
                const range = typeof net === 'string' ? parseCalicoNet(net) : undefined;
                if (range === undefined)
                    error(['spec', 'nets', i], `${JSON.stringify(net)} is not a CIDR or IP address; it was left out of the set`, 'write a CIDR such as 198.51.100.0/24');
                else
                    ranges.push(range);
            });
            if (isRecord(spec) && spec.allowedEgressDomains !== undefined)
                diagnostics.push({
                    code: 'UNSUPPORTED_POLICY',
                    severity: 'warning',
                    file: object.document.file,
                    line: at(['spec', 'allowedEgressDomains']),
                    message: `${object.kind} ${object.name}: allowedEgressDomains (domain names) are not evaluated; only its nets are`,
                    fix: 'nothing to fix; read paths to these domains as not evaluated',
                });
            networkSets.push({
                kind: object.kind,
                ...(object.kind === 'NetworkSet' ? { namespace: object.namespace ?? defaultNamespace } : {}),
                name: object.name,
                labels,
                nets: ipSetOf(ranges),
                source: { file: object.document.file, line: object.line },
            });
        }
    }
    return { tiers, networkSets, diagnostics };
}

;// CONCATENATED MODULE: ./src/engine/calico-tiers.ts

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Calico policies in evaluation order: tier order, tier name, policy order, policy name. */
function calicoOrder(a, b) {
    const x = a.calico;
    const y = b.calico;
    if (x === undefined || y === undefined)
        return 0;
    return (compareOrder(x.tierOrder, y.tierOrder) ||
        byName(x.tier, y.tier) ||
        compareOrder(x.order, y.order) ||
        byName(a.origin.name, b.origin.name));
}
function compareOrder(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}
/** The rule that closes a tier for the endpoints some policy of it selects: its default action
 * for every peer and port no rule of the tier decided. One per tier and direction. */
function endOfTierRule(tier, direction, present, fallback) {
    const source = tier.source ?? fallback;
    const policy = {
        origin: { kind: 'Tier', name: tier.name, file: source.file, line: source.line },
        tier: 'calico',
        calico: {
            tier: tier.name,
            tierOrder: tier.order,
            order: Infinity,
            types: [direction],
            endOfTier: tier.defaultAction,
        },
        subject: { namespaces: { kind: 'selector', selector: { requirements: [] } }, pods: { requirements: [] } },
        isolates: [],
        rules: [],
    };
    const rule = {
        origin: {
            policy: policy.origin,
            direction,
            index: 0,
            file: source.file,
            line: source.line,
            section: 'defaultAction',
        },
        direction,
        action: tier.defaultAction,
        peers: 'all',
        ports: 'all',
    };
    return { rule, policy, peers: present, allPorts: true, classes: [], named: [] };
}
/** Applies the tiers to one port class of a row: first match decides, Pass leaves the tier.
 * Word by word, without copying any rule's set: rows at scale run this for every endpoint. */
function applyCalicoTiers(size, rules, slot, matches, passed = createBitset(size)) {
    const { decided, allowed, restricted } = slot;
    const words = decided.length;
    let tier;
    passed.fill(0);
    for (const r of rules) {
        const name = r.policy.calico?.tier;
        if (name !== tier) {
            if (tier !== undefined)
                passed.fill(0);
            tier = name;
        }
        const peers = matches(r);
        if (peers === undefined)
            continue;
        const action = r.rule.action;
        const limited = r.rule.restriction !== undefined;
        for (let w = 0; w < words; w++) {
            const m = peers[w] & ~decided[w] & ~passed[w];
            if (m === 0)
                continue;
            if (action === 'pass') {
                passed[w] = passed[w] | m;
                continue;
            }
            decided[w] = decided[w] | m;
            if (action === 'allow') {
                allowed[w] = allowed[w] | m;
                if (limited)
                    restricted[w] = restricted[w] | m;
            }
        }
    }
}
/** For one peer and port class: the rule that decides, or undefined when every tier passed it on. */
function decidingCalicoRule(rules, matches) {
    let skipping;
    for (const r of rules) {
        const tier = r.policy.calico?.tier;
        if (skipping !== undefined && tier === skipping)
            continue;
        skipping = undefined;
        if (!matches(r))
            continue;
        if (r.rule.action === 'pass')
            skipping = tier;
        else
            return r;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/compile-rules.ts



/** An array of `n` holes, typed by where it goes. */
const sparse = (n) => new Array(n);
const compile_rules_byName = (a, b) => (a.origin.name < b.origin.name ? -1 : a.origin.name > b.origin.name ? 1 : 0);
/** Namespaced policies, then admin and baseline by priority then name (the API leaves ties
 * undefined), then Calico policies in the order of their tiers. */
function evaluationOrder(policies) {
    const tiered = policies
        .filter((p) => p.tier !== 'namespaced' && p.tier !== 'calico')
        .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || compile_rules_byName(a, b));
    const calico = policies.filter((p) => p.tier === 'calico').sort(calicoOrder);
    return [...policies.filter((p) => p.tier === 'namespaced'), ...tiered, ...calico];
}
/** A rule's peers and port classes. A rule with one peer keeps that peer's set (often shared:
 * the same selector appears in many policies). */
function compileRule(rule, policy, peerSet, present, portClasses, size) {
    const only = rule.peers === 'all' || rule.peers.length !== 1 ? undefined : rule.peers[0];
    const peers = only === undefined ? createBitset(size) : peerSet(only, rule);
    if (rule.peers === 'all')
        orInto(peers, present);
    else if (only === undefined)
        for (const peer of rule.peers)
            orInto(peers, peerSet(peer, rule));
    const classes = [];
    const named = [];
    if (rule.ports !== 'all') {
        for (const port of rule.ports) {
            if (port.kind === 'range')
                for (const item of portClasses.classesIn(port.protocol, port.first, port.last))
                    classes.push(item);
            else
                named.push({ protocol: port.protocol, name: port.name });
        }
    }
    return { rule, policy, peers, allPorts: rule.ports === 'all', classes: [...new Set(classes)], named };
}
function compileRules(size, model, present, members, peerSet, portClasses) {
    const isolated = { ingress: createBitset(size), egress: createBitset(size) };
    const rulesBy = { ingress: sparse(size), egress: sparse(size) };
    const isolatingBy = { ingress: sparse(size), egress: sparse(size) };
    // Per endpoint, the Calico tiers that select it, each with its first policy and its rules there.
    const calicoBy = { ingress: sparse(size), egress: sparse(size) };
    const rulesOf = (direction, e) => (rulesBy[direction][e] ??= { admin: [], namespaced: [], baseline: [], calico: [] });
    const calicoTier = (direction, e, policy) => {
        const tiers = (calicoBy[direction][e] ??= new Map());
        const tier = policy.calico.tier;
        let entry = tiers.get(tier);
        if (entry === undefined)
            tiers.set(tier, (entry = { first: policy, rules: [] }));
        return entry.rules;
    };
    const ruleIds = new Map();
    for (const policy of evaluationOrder(model.policies)) {
        const selected = members(policy.subject);
        if (policy.calico !== undefined)
            for (const direction of policy.calico.types)
                for (const m of selected)
                    calicoTier(direction, m, policy);
        for (const direction of policy.isolates) {
            for (const m of selected) {
                setBit(isolated[direction], m);
                (isolatingBy[direction][m] ??= []).push(policy);
            }
        }
        for (const rule of policy.rules) {
            const compiled = compileRule(rule, policy, peerSet, present, portClasses, size);
            ruleIds.set(compiled, ruleIds.size);
            if (policy.calico !== undefined)
                for (const m of selected)
                    calicoTier(rule.direction, m, policy).push(compiled);
            else
                for (const m of selected)
                    rulesOf(rule.direction, m)[policy.tier].push(compiled);
        }
    }
    closeCalicoTiers(calicoBy, rulesOf, model.calicoTiers, present, ruleIds);
    return { isolated, rulesBy, isolatingBy, ruleIds };
}
/** Each Calico tier that selects an endpoint ends with the tier's default action, cited at the
 * Tier or (the default tier has no manifest) at the endpoint's first policy there. */
function closeCalicoTiers(calicoBy, rulesOf, tiers, present, ruleIds) {
    const ends = new Map();
    for (const direction of ['ingress', 'egress']) {
        calicoBy[direction].forEach((byTier, e) => {
            if (byTier === undefined)
                return;
            const list = rulesOf(direction, e).calico;
            for (const [tier, { first, rules }] of byTier) {
                for (const r of rules)
                    list.push(r);
                const key = `${direction}/${tier}/${first.origin.file}:${first.origin.line}`;
                let end = ends.get(key);
                if (end === undefined) {
                    end = endOfTierRule(tiers?.get(tier) ?? DEFAULT_TIER, direction, present, first.origin);
                    ends.set(key, end);
                    ruleIds.set(end, ruleIds.size);
                }
                list.push(end);
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/external-parts.ts

function ipSetKey(set) {
    return set.map((r) => `${r.family}:${r.first}-${r.last}`).join(',');
}
/** `sets` are the ipBlocks (CIDR less excepts); `inside` is address space that is not external (pod CIDRs). */
function partitionExternal(sets, inside) {
    const distinct = new Map();
    for (const set of sets)
        distinct.set(ipSetKey(set), set);
    const inputs = [...distinct.values()];
    const space = subtractIpSets([IPV4_ALL, IPV6_ALL], ipSetOf(inside));
    // Elementary intervals: between consecutive boundaries of all the sets and of the space.
    const intervals = [];
    for (const family of [4, 6]) {
        const bounds = new Set();
        for (const r of [...space, ...inputs.flat()]) {
            if (r.family !== family)
                continue;
            bounds.add(r.first);
            bounds.add(r.last + 1n);
        }
        const sorted = [...bounds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        for (let i = 0; i + 1 < sorted.length; i++)
            intervals.push({ family, first: sorted[i], last: sorted[i + 1] - 1n });
    }
    const inSpace = intervals.map((iv) => space.some((r) => r.family === iv.family && r.first <= iv.first && iv.last <= r.last));
    const members = intervals.map(() => []);
    inputs.forEach((set, setIndex) => {
        for (const r of set) {
            let i = lowerBound(intervals, r);
            for (; i < intervals.length; i++) {
                const iv = intervals[i];
                if (iv.family !== r.family || iv.first > r.last)
                    break;
                members[i].push(setIndex);
            }
        }
    });
    const groups = new Map();
    intervals.forEach((iv, i) => {
        if (!inSpace[i])
            return;
        const key = members[i].join(',');
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [iv]);
        else
            group.push(iv);
    });
    const parts = [...groups.entries()].map(([key, ranges]) => ({ key, set: ipSetOf(ranges) }));
    parts.sort((a, b) => compareRange(a.set[0], b.set[0]));
    const covering = new Map();
    inputs.forEach((set) => covering.set(ipSetKey(set), []));
    parts.forEach((part, partIndex) => {
        if (part.key === '')
            return;
        for (const setIndex of part.key.split(','))
            covering.get(ipSetKey(inputs[Number(setIndex)]))?.push(partIndex);
    });
    return { parts: parts.map((p) => p.set), covering };
}
function compareRange(a, b) {
    if (a.family !== b.family)
        return a.family - b.family;
    return a.first < b.first ? -1 : a.first > b.first ? 1 : 0;
}
/** First interval index whose family and start are not before `r`'s start. */
function lowerBound(intervals, r) {
    let lo = 0;
    let hi = intervals.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareRange(intervals[mid], r) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/engine/selector.ts
function matchesRequirement(requirement, labels) {
    const has = Object.hasOwn(labels, requirement.key);
    switch (requirement.operator) {
        case 'In':
            return has && requirement.values.includes(labels[requirement.key]);
        case 'NotIn':
            return !has || !requirement.values.includes(labels[requirement.key]);
        case 'Exists':
            return has;
        case 'DoesNotExist':
            return !has;
    }
}
function matchesSelector(selector, labels) {
    return selector.requirements.every((r) => matchesRequirement(r, labels));
}

;// CONCATENATED MODULE: ./src/engine/peer-sets.ts



/** Peer sets of one evaluation; `present` is what exists in it. Sets are never written once made. */
function createPeerSets(universe, model, options, present, pods, podsByAddress, diagnostics) {
    const size = universe.endpoints.length;
    const selectPods = pods.select;
    const workloadSet = createBitset(size);
    for (let i = 0; i < universe.firstNonWorkload; i++)
        if (hasBit(present, i))
            setBit(workloadSet, i);
    return (peer, rule) => {
        if (peer.kind === 'pods')
            return selectPods(peer);
        const out = createBitset(size);
        switch (peer.kind) {
            case 'ipBlock':
            case 'network':
            case 'cidr':
                for (const e of universe.externalsCovering.get(ipSetKey(peer.ips)) ?? [])
                    setBit(out, e);
                // Only AdminNetworkPolicy networks (and ipBlocks with the switch) match pods by IP; Cilium
                // CIDR rules never do (SEMANTICS §2.10, §4.4, §5.3).
                if (peer.kind === 'network' || (peer.kind === 'ipBlock' && options.ipBlockSelectsPods))
                    orInto(out, podsByAddress(peer.ips, rule.origin));
                return out;
            case 'entities':
                for (const name of peer.names) {
                    if (name === 'all')
                        orInto(out, present);
                    else if (name === 'world')
                        for (const e of universe.world)
                            setBit(out, e);
                    else if (name === 'cluster') {
                        orInto(out, workloadSet);
                        for (const e of universe.entityIndex.values())
                            setBit(out, e);
                    }
                    else {
                        const e = universe.entityIndex.get(name);
                        if (e !== undefined)
                            setBit(out, e);
                    }
                }
                return out;
            case 'fqdn': {
                const e = universe.dnsIndex.get(peer.pattern);
                if (e !== undefined)
                    setBit(out, e);
                return out;
            }
            case 'service':
                for (const service of model.services) {
                    if (service.namespace !== peer.namespace)
                        continue;
                    if (peer.name !== undefined
                        ? service.name !== peer.name
                        : !matchesSelector(peer.selector ?? { requirements: [] }, service.labels))
                        continue;
                    if (service.selector === undefined) {
                        diagnostics.push({
                            code: 'UNDECIDABLE_PEER',
                            severity: 'warning',
                            ...service.source,
                            message: `Service ${service.namespace}/${service.name} has no selector, so the toServices rule at ${rule.origin.file}:${rule.origin.line} cannot tell which endpoints it means; it matches nothing here`,
                            fix: 'give the Service a selector, or use toCIDRSet for its external endpoints',
                        });
                        continue;
                    }
                    const requirements = Object.entries(service.selector).map(([key, value]) => ({
                        key,
                        operator: 'In',
                        values: [value],
                    }));
                    orInto(out, selectPods({ namespaces: { kind: 'name', name: service.namespace }, pods: { requirements } }));
                }
                return out;
            case 'calico': {
                for (const e of universe.externalsCovering.get(ipSetKey(peer.external)) ?? [])
                    setBit(out, e);
                if (peer.pods === undefined)
                    return out;
                // Calico nets match pods by IP too (docs/semantics-calico.md §6.2).
                const pods = selectPods(peer.pods).slice();
                if (peer.nets !== undefined)
                    andInto(pods, podsByAddress(peer.nets, rule.origin));
                if (peer.notNets !== undefined)
                    andNotInto(pods, podsByAddress(peer.notNets, rule.origin));
                orInto(out, pods);
                return out;
            }
            case 'undecidable':
                return out;
        }
    };
}

;// CONCATENATED MODULE: ./src/net/parse-address.ts
// Parses a single IP address (a pod IP from status.podIP) with ip-num.

function parseAddress(text) {
    try {
        if (text.includes(':'))
            return src.Validator.isValidIPv6String(text)[0] ? { family: 6, value: src.IPv6.fromString(text).value } : undefined;
        return src.Validator.isValidIPv4String(text)[0] ? { family: 4, value: src.IPv4.fromString(text).value } : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/model/ports.ts
// Ports as NetworkPolicy sees them: destination ports per protocol.
const ports_PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const MIN_PORT = 1;
const MAX_PORT = 65535;

;// CONCATENATED MODULE: ./src/engine/port-set.ts
// PortSet algebra: per protocol, sorted merged inclusive ranges (DESIGN §3).

const ALL_PORTS = {
    TCP: [[MIN_PORT, MAX_PORT]],
    UDP: [[MIN_PORT, MAX_PORT]],
    SCTP: [[MIN_PORT, MAX_PORT]],
};
const NO_PORTS = {};
function normalize(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [first, last] of sorted) {
        const prev = out[out.length - 1];
        if (prev !== undefined && first <= prev[1] + 1)
            prev[1] = Math.max(prev[1], last);
        else
            out.push([first, last]);
    }
    return out;
}
function build(per) {
    const out = {};
    for (const p of ports_PROTOCOLS) {
        const ranges = per(p);
        if (ranges.length > 0)
            out[p] = ranges;
    }
    return out;
}
function portSetOf(entries) {
    return build((p) => normalize(entries.filter((e) => e.protocol === p).map((e) => [e.first, e.last])));
}
function unionPorts(a, b) {
    return build((p) => normalize([...(a[p] ?? []), ...(b[p] ?? [])]));
}
function intersectPorts(a, b) {
    return build((p) => {
        const out = [];
        for (const [f1, l1] of a[p] ?? []) {
            for (const [f2, l2] of b[p] ?? []) {
                const first = Math.max(f1, f2);
                const last = Math.min(l1, l2);
                if (first <= last)
                    out.push([first, last]);
            }
        }
        return normalize(out);
    });
}
/** The ports of `a` that are not in `b`. */
function subtractPorts(a, b) {
    return build((p) => {
        const out = [];
        for (const [first0, last] of a[p] ?? []) {
            let first = first0;
            for (const [cf, cl] of b[p] ?? []) {
                if (cl < first || cf > last)
                    continue;
                if (cf > first)
                    out.push([first, cf - 1]);
                first = cl + 1;
            }
            if (first <= last)
                out.push([first, last]);
        }
        return out;
    });
}
function isEmptyPorts(a) {
    return ports_PROTOCOLS.every((p) => (a[p] ?? []).length === 0);
}
function portsEqual(a, b) {
    return ports_PROTOCOLS.every((p) => {
        const x = a[p] ?? [];
        const y = b[p] ?? [];
        return (x.length === y.length && x.every((r, i) => r[0] === y[i][0] && r[1] === y[i][1]));
    });
}
function port_set_isAllPorts(a) {
    return portsEqual(a, ALL_PORTS);
}

;// CONCATENATED MODULE: ./src/engine/port-classes.ts
// Cuts each protocol's ports into the classes that no rule can tell apart, so that the engine
// keeps one peer bitset per class instead of one per port (DESIGN §4).


function buildPortClasses(rules, workloads) {
    const cuts = {
        TCP: new Set([MIN_PORT]),
        UDP: new Set([MIN_PORT]),
        SCTP: new Set([MIN_PORT]),
    };
    const named = new Set();
    const cut = (protocol, first, last) => {
        cuts[protocol].add(first);
        if (last < MAX_PORT)
            cuts[protocol].add(last + 1);
    };
    for (const rule of rules) {
        if (rule.ports === 'all')
            continue;
        for (const port of rule.ports) {
            if (port.kind === 'range')
                cut(port.protocol, port.first, port.last);
            else
                named.add(`${port.protocol}/${port.name}`);
        }
    }
    for (const workload of workloads) {
        for (const port of workload.ports) {
            if (port.name !== undefined && named.has(`${port.protocol}/${port.name}`))
                cut(port.protocol, port.port, port.port);
        }
    }
    const classes = [];
    const starts = { TCP: [], UDP: [], SCTP: [] };
    const offset = { TCP: 0, UDP: 0, SCTP: 0 };
    for (const protocol of ports_PROTOCOLS) {
        const sorted = [...cuts[protocol]].sort((a, b) => a - b);
        offset[protocol] = classes.length;
        sorted.forEach((first, i) => {
            const next = sorted[i + 1];
            classes.push({ protocol, first, last: next === undefined ? MAX_PORT : next - 1 });
        });
        starts[protocol] = sorted;
    }
    const classOf = (protocol, port) => {
        const s = starts[protocol];
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= port)
                lo = mid;
            else
                hi = mid - 1;
        }
        return offset[protocol] + lo;
    };
    // Port sets are values: a report of many pairs on the same classes shares them.
    const portSets = new Map();
    return {
        classes,
        classOf,
        classesIn(protocol, first, last) {
            const out = [];
            for (let c = classOf(protocol, first), end = classOf(protocol, last); c <= end; c++)
                out.push(c);
            return out;
        },
        toPortSet(classIds) {
            const ids = [...classIds];
            const key = ids.join(',');
            let set = portSets.get(key);
            if (set === undefined) {
                set = portSetOf(ids.map((id) => classes[id]));
                portSets.set(key, set);
            }
            return set;
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/universe.ts



const ENTITIES = [
    'host',
    'remote-node',
    'kube-apiserver',
    'health',
    'init',
    'ingress',
    'unmanaged',
];
function workloadKey(w) {
    return `${w.namespace}/${w.kind}/${w.name}`;
}
/** `extraIpSets`: address sets that no rule has but that must be told apart too (the ipBlocks of
 * the repository config's assertions), so that each covers whole external parts. */
function buildUniverse(models, options, extraIpSets = []) {
    const workloads = new Map();
    for (const model of models)
        for (const w of model.workloads)
            workloads.set(workloadKey(w), { namespace: w.namespace, name: w.name, kind: w.kind });
    const sorted = [...workloads.entries()].sort(([, a], [, b]) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || cmp(a.kind, b.kind));
    const nameCount = new Map();
    for (const [, w] of sorted)
        nameCount.set(`${w.namespace}/${w.name}`, (nameCount.get(`${w.namespace}/${w.name}`) ?? 0) + 1);
    const endpoints = [];
    const indexByWorkload = new Map();
    const servicePorts = servicesByWorkload(models);
    for (const [key, w] of sorted) {
        const plain = `${w.namespace}/${w.name}`;
        const id = (nameCount.get(plain) ?? 0) > 1 ? `${plain}[${w.kind}]` : plain;
        indexByWorkload.set(key, endpoints.length);
        const services = servicePorts.get(key);
        endpoints.push({
            type: 'workload',
            id,
            namespace: w.namespace,
            name: w.name,
            kind: w.kind,
            ...(services === undefined ? {} : { services }),
        });
    }
    const rules = models.flatMap((m) => m.policies.flatMap((p) => p.rules));
    const ipBlocks = [];
    const dnsNames = new Set();
    for (const rule of rules) {
        if (rule.peers === 'all')
            continue;
        for (const peer of rule.peers) {
            if (peer.kind === 'ipBlock' || peer.kind === 'network' || peer.kind === 'cidr')
                ipBlocks.push(peer.ips);
            if (peer.kind === 'calico')
                ipBlocks.push(peer.external);
            if (peer.kind === 'fqdn')
                dnsNames.add(peer.pattern);
        }
    }
    const firstNonWorkload = endpoints.length;
    const entityIndex = new Map();
    if (models.some((m) => m.policies.some((p) => p.origin.kind.startsWith('Cilium')))) {
        for (const name of ENTITIES) {
            entityIndex.set(name, endpoints.length);
            endpoints.push({ type: 'entity', id: `entity:${name}`, name });
        }
    }
    const dnsIndex = new Map();
    const world = [];
    for (const pattern of [...dnsNames].sort()) {
        dnsIndex.set(pattern, endpoints.length);
        world.push(endpoints.length);
        endpoints.push({ type: 'dns', id: `dns:${pattern}`, pattern });
    }
    const partition = partitionExternal(extraIpSets.length === 0 ? ipBlocks : [...ipBlocks, ...extraIpSets], options.podCidrs);
    const firstExternal = endpoints.length;
    for (const part of partition.parts) {
        world.push(endpoints.length);
        endpoints.push({ type: 'external', id: `ip:${part.flatMap(formatRange).join(',')}`, ranges: part });
    }
    const externalsCovering = new Map();
    for (const [key, parts] of partition.covering)
        externalsCovering.set(key, parts.map((p) => p + firstExternal));
    const indexById = new Map();
    endpoints.forEach((e, i) => indexById.set(e.id, i));
    const allWorkloads = models.flatMap((m) => m.workloads);
    return {
        endpoints,
        indexById,
        indexByWorkload,
        firstNonWorkload,
        entityIndex,
        dnsIndex,
        world,
        externalsCovering,
        portClasses: buildPortClasses(rules, allWorkloads),
    };
}
/** For each workload (by `workloadKey`), the ports of the Services that select it in some
 * revision, each resolved to the workload's port (a named targetPort by its container ports). */
function servicesByWorkload(models) {
    const out = new Map();
    for (const model of models) {
        if (model.services.length === 0)
            continue;
        const byNamespace = new Map();
        for (const w of model.workloads) {
            const list = byNamespace.get(w.namespace);
            if (list === undefined)
                byNamespace.set(w.namespace, [w]);
            else
                list.push(w);
        }
        for (const service of model.services) {
            const selector = service.selector;
            if (selector === undefined || service.ports.length === 0)
                continue;
            for (const w of byNamespace.get(service.namespace) ?? []) {
                if (!Object.entries(selector).every(([k, v]) => w.labels[k] === v))
                    continue;
                for (const p of service.ports) {
                    const target = typeof p.targetPort === 'string'
                        ? w.ports.find((c) => c.name === p.targetPort && c.protocol === p.protocol)?.port
                        : (p.targetPort ?? p.port);
                    if (target === undefined)
                        continue;
                    const ports = out.get(workloadKey(w)) ?? new Map();
                    ports.set(`${service.name}/${p.port}/${p.protocol}`, {
                        service: service.name,
                        ...(p.name === undefined ? {} : { name: p.name }),
                        port: p.port,
                        targetPort: target,
                        protocol: p.protocol,
                    });
                    out.set(workloadKey(w), ports);
                }
            }
        }
    }
    return new Map([...out].map(([k, v]) => [k, [...v.values()]]));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/pods-by-address.ts




function createPodsByAddress(universe, model, options, diagnostics) {
    const size = universe.endpoints.length;
    const reported = new Set();
    const addresses = model.workloads.map((w) => ({
        w,
        index: universe.indexByWorkload.get(workloadKey(w)),
        ips: w.ips.map(parseAddress).filter((a) => a !== undefined),
    }));
    return (ips, origin) => {
        const out = createBitset(size);
        const coversEverything = ipSetCovers(ips, [IPV4_ALL]) || ipSetCovers(ips, [IPV6_ALL]);
        const coversAll = coversEverything || (options.podCidrs.length > 0 && ipSetCovers(ips, options.podCidrs));
        const coversSome = intersectIpSets(ips, options.podCidrs).length > 0;
        for (const { w, index, ips: known } of addresses) {
            if (w.hostNetwork)
                continue;
            if (known.length > 0) {
                if (known.some((a) => ipSetHas(ips, a.family, a.value)))
                    setBit(out, index);
            }
            else if (coversAll) {
                setBit(out, index);
            }
            else if (coversSome || options.podCidrs.length === 0) {
                // Without pod CIDRs every address set is in doubt: say so once, not per rule.
                const key = options.podCidrs.length === 0 ? '' : `${origin.file}:${origin.line}`;
                if (reported.has(key))
                    continue;
                reported.add(key);
                diagnostics.push({
                    code: 'POD_IP_UNKNOWN',
                    severity: 'warning',
                    file: origin.file,
                    line: origin.line,
                    message: options.podCidrs.length === 0
                        ? 'an address range that matches pods by IP cannot be matched against workloads without known pod IPs, because no pod CIDR is configured; they are treated as not matched'
                        : 'this address range covers only part of the pod CIDRs, so whether it matches workloads without known pod IPs depends on the IPs they get; they are treated as not matched',
                    fix: 'pass the cluster pod range(s) with --pod-cidr (pod-cidrs in the action), or give Pod manifests with status.podIP',
                });
            }
        }
        return out;
    };
}

;// CONCATENATED MODULE: ./src/engine/row.ts


/**
 * The peers a rule matches on each port class it names ('all' for a rule without ports). The
 * sets may be shared (with the rule, or between rows): callers never write them.
 */
function rulePeersByClass(ctx, direction, self, r) {
    if (r.allPorts)
        return 'all';
    // An egress rule reads nothing of its own endpoint: resolved once for every row.
    const cached = direction === 'egress' ? ctx.egressPeers?.get(r) : undefined;
    if (cached !== undefined)
        return cached;
    const out = new Map();
    const owned = new Set();
    const add = (c, peers) => {
        const set = out.get(c);
        if (set === undefined)
            out.set(c, peers);
        else if (owned.has(set))
            orInto(set, peers);
        else {
            const copy = set.slice();
            orInto(copy, peers);
            owned.add(copy);
            out.set(c, copy);
        }
    };
    for (const c of r.classes)
        add(c, r.peers);
    for (const n of r.named) {
        if (direction === 'egress') {
            // Resolved on each destination's container ports (SEMANTICS §2.8).
            for (const [c, targets] of ctx.namedTargets.get(`${n.protocol}/${n.name}`) ?? []) {
                const both = and(r.peers, targets);
                owned.add(both);
                add(c, both);
            }
        }
        else {
            // Resolved on this destination's own container ports.
            for (const port of self?.ports ?? [])
                if (port.name === n.name && port.protocol === n.protocol)
                    add(ctx.portClasses.classOf(port.protocol, port.port), r.peers);
        }
    }
    if (direction === 'egress')
        ctx.egressPeers?.set(r, out);
    return out;
}
/**
 * Ordered tiers (admin, baseline): one priority at a time, each policy's first matching rule
 * decides for a peer not decided (or passed) before. Where two policies of one priority decide
 * differently the API leaves the order undefined: the verdict is marked uncertain and the
 * strictest is assumed (deny, then pass, then allow).
 */
function applyLevels(ctx, rules, slots, matches, apply) {
    for (let i = 0; i < rules.length;) {
        const priority = rules[i]?.policy.priority;
        let j = i;
        while (j < rules.length && rules[j]?.policy.priority === priority)
            j++;
        const level = rules.slice(i, j);
        i = j;
        slots.forEach((slot, s) => {
            const done = slot.decided.slice();
            orInto(done, slot.passed);
            const verdicts = {
                allow: createBitset(ctx.size),
                deny: createBitset(ctx.size),
                pass: createBitset(ctx.size),
            };
            const conflict = createBitset(ctx.size);
            for (const policy of new Set(level.map((r) => r.policy))) {
                const mine = {
                    allow: createBitset(ctx.size),
                    deny: createBitset(ctx.size),
                    pass: createBitset(ctx.size),
                };
                const taken = done.slice();
                for (const r of level) {
                    if (r.policy !== policy)
                        continue;
                    const peers = matches(r, s);
                    if (peers === undefined)
                        continue;
                    const m = peers.slice();
                    andNotInto(m, taken);
                    orInto(taken, m);
                    orInto(mine[r.rule.action], m);
                }
                for (const a of ['allow', 'deny', 'pass']) {
                    for (const b of ['allow', 'deny', 'pass'])
                        if (a !== b)
                            orInto(conflict, and(mine[a], verdicts[b]));
                }
                for (const a of ['allow', 'deny', 'pass'])
                    orInto(verdicts[a], mine[a]);
            }
            andNotInto(verdicts.pass, verdicts.deny);
            andNotInto(verdicts.allow, verdicts.deny);
            andNotInto(verdicts.allow, verdicts.pass);
            orInto(slot.uncertain, conflict);
            apply(slot, verdicts);
        });
    }
}
function computeRow(ctx, direction, self, rules, isIsolated) {
    const resolved = new Map();
    const peersOf = (r) => {
        let p = resolved.get(r);
        if (p === undefined)
            resolved.set(r, (p = rulePeersByClass(ctx, direction, self, r)));
        return p;
    };
    const every = [...rules.admin, ...rules.calico, ...rules.namespaced, ...rules.baseline];
    const denies = rules.namespaced.filter((r) => r.rule.action === 'deny');
    const allows = rules.namespaced.filter((r) => r.rule.action === 'allow');
    if (rules.admin.length === 0 && rules.baseline.length === 0 && rules.calico.length === 0 && denies.length === 0)
        return unionRow(ctx, allows, peersOf);
    // Calico's tiers end with their own default action: NetworkPolicy isolation is theirs then.
    const isolatedHere = isIsolated && rules.calico.length === 0;
    // Slot 0 stands for every class that no rule names; each named class gets its own slot.
    const classes = new Set();
    for (const r of every) {
        const p = peersOf(r);
        if (p !== 'all')
            for (const c of p.keys())
                classes.add(c);
    }
    const keys = [-1, ...classes];
    const slots = keys.map(() => ({
        decided: createBitset(ctx.size),
        allowed: createBitset(ctx.size),
        passed: createBitset(ctx.size),
        uncertain: createBitset(ctx.size),
        restricted: createBitset(ctx.size),
    }));
    const peersIn = (p, slot) => p === 'all' ? undefined : slot === 0 ? undefined : p.get(keys[slot]);
    const matches = (r, slot) => {
        const p = peersOf(r);
        return p === 'all' ? r.peers : peersIn(p, slot);
    };
    // Admin tier: Allow and Deny decide; Pass leaves the rest of the tier out.
    applyLevels(ctx, rules.admin, slots, matches, (slot, v) => {
        orInto(slot.allowed, v.allow);
        orInto(slot.decided, v.allow);
        orInto(slot.decided, v.deny);
        orInto(slot.passed, v.pass);
    });
    // Calico tiers (docs/semantics-calico.md §3): first match decides, Pass leaves the tier.
    if (rules.calico.length > 0) {
        const passed = createBitset(ctx.size);
        slots.forEach((slot, s) => applyCalicoTiers(ctx.size, rules.calico, slot, (r) => matches(r, s), passed));
    }
    // Namespaced tier: Cilium deny rules beat every allow (SEMANTICS §5.5); then isolation
    // decides everything left, allowing what some rule allows.
    slots.forEach((slot, s) => {
        for (const r of denies) {
            const peers = matches(r, s);
            if (peers !== undefined)
                orInto(slot.decided, peers);
        }
        if (!isolatedHere)
            return;
        const plain = createBitset(ctx.size);
        const restricted = createBitset(ctx.size);
        for (const r of allows) {
            const peers = matches(r, s);
            if (peers !== undefined)
                orInto(r.rule.restriction === undefined ? plain : restricted, peers);
        }
        andNotInto(plain, slot.decided);
        andNotInto(restricted, slot.decided);
        andNotInto(restricted, plain);
        orInto(slot.allowed, plain);
        orInto(slot.allowed, restricted);
        orInto(slot.restricted, restricted);
        orInto(slot.decided, ctx.present);
    });
    // Baseline tier: Allow and Deny decide; Pass goes on to the default, which allows.
    for (const slot of slots)
        slot.passed.fill(0);
    applyLevels(ctx, rules.baseline, slots, matches, (slot, v) => {
        orInto(slot.allowed, v.allow);
        orInto(slot.allowed, v.pass);
        orInto(slot.decided, v.allow);
        orInto(slot.decided, v.deny);
        orInto(slot.decided, v.pass);
    });
    // Nothing decided: allowed.
    for (const slot of slots) {
        const rest = ctx.present.slice();
        andNotInto(rest, slot.decided);
        orInto(slot.allowed, rest);
        andInto(slot.allowed, ctx.present);
    }
    const layer = (pick) => {
        const [first, ...others] = slots;
        const byClass = new Map();
        others.forEach((slot, k) => byClass.set(keys[k + 1], pick(slot)));
        return { all: pick(first), byClass };
    };
    return {
        ...layer((slot) => slot.allowed),
        ...(slots.every((slot) => isEmptyBitset(slot.uncertain)) ? {} : { uncertain: layer((slot) => slot.uncertain) }),
        ...(slots.every((slot) => isEmptyBitset(slot.restricted)) ? {} : { restricted: layer((slot) => slot.restricted) }),
    };
}
/** Namespaced allows only (the common case): the union of the allow rules of an isolated
 * endpoint, with the peers allowed only by restricted rules (L7, DNS names) kept apart. */
function unionRow(ctx, rules, peersOf) {
    const union = (subset) => {
        const all = createBitset(ctx.size);
        const byClass = new Map();
        for (const r of subset) {
            const p = peersOf(r);
            if (p === 'all') {
                orInto(all, r.peers);
                continue;
            }
            for (const [c, peers] of p) {
                const set = byClass.get(c);
                if (set === undefined)
                    byClass.set(c, peers.slice());
                else
                    orInto(set, peers);
            }
        }
        return { all, byClass };
    };
    const limited = rules.filter((r) => r.rule.restriction !== undefined);
    if (limited.length === 0)
        return sharedUnionRow(ctx, rules, peersOf);
    const plain = union(rules.filter((r) => r.rule.restriction === undefined));
    // Full sets per class: every class either layer singles out gets its own entry.
    const restricted = union(limited);
    const classes = new Set([...plain.byClass.keys(), ...restricted.byClass.keys()]);
    const allowed = { all: plain.all.slice(), byClass: new Map() };
    const only = { all: restricted.all.slice(), byClass: new Map() };
    orInto(allowed.all, restricted.all);
    andNotInto(only.all, plain.all);
    for (const c of classes) {
        const p = plain.byClass.get(c)?.slice() ?? createBitset(ctx.size);
        orInto(p, plain.all);
        const r = restricted.byClass.get(c)?.slice() ?? createBitset(ctx.size);
        orInto(r, restricted.all);
        const a = p.slice();
        orInto(a, r);
        andNotInto(r, p);
        allowed.byClass.set(c, a);
        only.byClass.set(c, r);
    }
    return { ...allowed, restricted: only };
}
/**
 * The union of plain allow rules, copying only where two sets meet: a class that one rule alone
 * allows keeps that rule's set, and a row without port-less rules shares one empty `all`. Most
 * rows are such unions, and at scale their N-bit sets are most of the memory. Rows are never
 * written once made, so sharing is safe.
 */
function sharedUnionRow(ctx, rules, peersOf) {
    const allSets = [];
    const classSets = new Map();
    for (const r of rules) {
        const p = peersOf(r);
        if (p === 'all') {
            allSets.push(r.peers);
            continue;
        }
        for (const [c, peers] of p) {
            const list = classSets.get(c);
            if (list === undefined)
                classSets.set(c, [peers]);
            else
                list.push(peers);
        }
    }
    const all = unionOf(ctx, allSets);
    const byClass = new Map();
    for (const [c, sets] of classSets)
        byClass.set(c, unionOf(ctx, allSets.length === 0 ? sets : [...sets, all]));
    return { all, byClass };
}
function unionOf(ctx, sets) {
    const [first, ...others] = sets;
    if (first === undefined)
        return ctx.empty ?? createBitset(ctx.size);
    if (others.length === 0)
        return first;
    const out = first.slice();
    for (const set of others)
        orInto(out, set);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/row-signature.ts
/**
 * The key of a row: equal keys mean equal rows within one evaluation. `ruleId` numbers compiled
 * rules (their peer sets, ports and actions are fixed once compiled). An ingress row also reads
 * the endpoint's own container ports, but only those that its rules name (SEMANTICS §2.8).
 */
function rowSignature(direction, rules, isIsolated, self, portClasses, ruleId) {
    const ids = (tier) => tier.map(ruleId).join(',');
    let key = `${isIsolated ? 'i' : 'o'}|${ids(rules.admin)}|${ids(rules.namespaced)}|${ids(rules.baseline)}|${ids(rules.calico)}`;
    if (direction === 'ingress' && self !== undefined) {
        const named = new Set();
        for (const tier of [rules.admin, rules.namespaced, rules.baseline, rules.calico])
            for (const r of tier)
                for (const n of r.named)
                    named.add(`${n.protocol}/${n.name}`);
        if (named.size > 0) {
            for (const port of self.ports) {
                if (port.name !== undefined && named.has(`${port.protocol}/${port.name}`))
                    key += `|${port.protocol}/${port.name}=${portClasses.classOf(port.protocol, port.port)}`;
            }
        }
    }
    return key;
}

;// CONCATENATED MODULE: ./src/engine/rows.ts




const NO_RULES = { admin: [], namespaced: [], baseline: [], calico: [] };
const selectsNothing = (rules) => rules.admin.length === 0 && rules.baseline.length === 0 && rules.namespaced.length === 0 && rules.calico.length === 0;
function createRows(universe, present, workloads, compiled, namedTargets) {
    const size = universe.endpoints.length;
    const { portClasses } = universe;
    const empty = { all: createBitset(size), byClass: new Map() };
    const open = { all: present, byClass: new Map() };
    const cache = { ingress: sparse(size), egress: sparse(size) };
    const shared = { ingress: new Map(), egress: new Map() };
    const ruleId = (r) => compiled.ruleIds.get(r);
    const context = {
        size,
        present,
        portClasses,
        namedTargets,
        egressPeers: new Map(),
        empty: createBitset(size),
    };
    const host = universe.entityIndex.get('host');
    const compute = (direction, endpoint) => {
        if (!hasBit(present, endpoint))
            return empty;
        const rules = compiled.rulesBy[direction][endpoint] ?? NO_RULES;
        const isIsolated = hasBit(compiled.isolated[direction], endpoint);
        if (!isIsolated && selectsNothing(rules))
            return open;
        const key = rowSignature(direction, rules, isIsolated, workloads[endpoint], portClasses, ruleId);
        let row = shared[direction].get(key);
        if (row === undefined) {
            row = computeRow(context, direction, workloads[endpoint], rules, isIsolated);
            if (direction === 'ingress' && host !== undefined)
                row = withHost(row, host);
            shared[direction].set(key, row);
        }
        return row;
    };
    return (direction, endpoint) => {
        let row = cache[direction][endpoint];
        if (row === undefined)
            cache[direction][endpoint] = row = compute(direction, endpoint);
        return row;
    };
}
/** The local node may always reach its pods (SEMANTICS §2.13; Cilium's allow-localhost). A row
 * may share its sets (with rules, other rows), hence copies. */
function withHost(row, host) {
    const add = (set) => {
        const out = set.slice();
        setBit(out, host);
        return out;
    };
    return { ...row, all: add(row.all), byClass: new Map([...row.byClass].map(([c, set]) => [c, add(set)])) };
}

;// CONCATENATED MODULE: ./src/policies/label-selector.ts

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);
/** The selector, or what is wrong with it (as a sentence fragment). */
function readLabelSelector(value) {
    if (value === null || value === undefined)
        return { requirements: [] };
    if (!isRecord(value))
        return 'a label selector must be a mapping with matchLabels and/or matchExpressions';
    const requirements = [];
    const { matchLabels, matchExpressions } = value;
    if (matchLabels !== undefined && matchLabels !== null) {
        if (!isRecord(matchLabels))
            return 'matchLabels must be a mapping of keys to string values';
        for (const [key, v] of Object.entries(matchLabels)) {
            if (typeof v !== 'string')
                return `matchLabels "${key}" has the value ${JSON.stringify(v)}; values must be strings (quote it)`;
            requirements.push({ key, operator: 'In', values: [v] });
        }
    }
    if (matchExpressions !== undefined && matchExpressions !== null) {
        if (!Array.isArray(matchExpressions))
            return 'matchExpressions must be a list';
        for (const [i, e] of matchExpressions.entries()) {
            if (!isRecord(e) || typeof e.key !== 'string' || e.key === '')
                return `matchExpressions[${i}] needs a key`;
            const { key, operator } = e;
            if (typeof operator !== 'string' || !OPERATORS.has(operator)) {
                return `matchExpressions[${i}] has the operator ${JSON.stringify(operator)}; use In, NotIn, Exists or DoesNotExist`;
            }
            const values = e.values ?? [];
            if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
                return `matchExpressions[${i}].values must be a list of strings`;
            const needsValues = operator === 'In' || operator === 'NotIn';
            if (needsValues && values.length === 0)
                return `matchExpressions[${i}] (${operator}) needs at least one value`;
            if (!needsValues && values.length > 0)
                return `matchExpressions[${i}] (${operator}) must not have values`;
            requirements.push({ key, operator: operator, values: values });
        }
    }
    return { requirements };
}

;// CONCATENATED MODULE: ./src/policies/cilium-selector.ts

const NAMESPACE_KEY = 'io.kubernetes.pod.namespace';
const NAMESPACE_LABEL_PREFIX = 'io.cilium.k8s.namespace.labels.';
function readCiliumSelector(value) {
    const selector = readLabelSelector(value);
    if (typeof selector === 'string')
        return selector;
    return { requirements: selector.requirements.map((r) => ({ ...r, key: r.key.replace(/^(k8s|any):/, '') })) };
}
/** Whether the selector says which namespace (by name or labels): then a namespaced policy does
 * not confine it to its own namespace. */
function namesNamespace(selector) {
    return selector.requirements.some((r) => r.key === NAMESPACE_KEY || r.key.startsWith(NAMESPACE_LABEL_PREFIX));
}
function namesReserved(selector) {
    return selector.requirements.some((r) => r.key.startsWith('reserved:'));
}

;// CONCATENATED MODULE: ./src/policies/calico-match.ts
/** `global`: whether the endpoint is not namespaced (a GlobalNetworkSet); `global()` matches those. */
function matchesCalico(s, labels, global = false) {
    switch (s.op) {
        case 'all':
            return true;
        case 'global':
            return global;
        case 'has':
            return Object.hasOwn(labels, s.key);
        case '!':
            return !matchesCalico(s.operand, labels, global);
        case '&&':
            return s.operands.every((o) => matchesCalico(o, labels, global));
        case '||':
            return s.operands.some((o) => matchesCalico(o, labels, global));
        default: {
            const value = Object.hasOwn(labels, s.key) ? labels[s.key] : undefined;
            switch (s.op) {
                case '==':
                    return value === s.value;
                case '!=':
                    return value !== s.value;
                case 'in':
                    return value !== undefined && s.values.includes(value);
                case 'not in':
                    return value === undefined || !s.values.includes(value);
                case 'contains':
                    return value !== undefined && value.includes(s.value);
                case 'starts with':
                    return value !== undefined && value.startsWith(s.value);
                case 'ends with':
                    return value !== undefined && value.endsWith(s.value);
            }
        }
    }
}
/** The labels Calico gives a pod's endpoint: its own, `projectcalico.org/namespace`,
 * `projectcalico.org/orchestrator`, `projectcalico.org/serviceaccount`, and its namespace's labels
 * prefixed `pcns.` (docs/semantics-calico.md §5.2). */
function calicoEndpointLabels(w, namespaceLabels) {
    const out = { ...w.labels };
    for (const [k, v] of Object.entries(namespaceLabels))
        out[`pcns.${k}`] = v;
    out['projectcalico.org/namespace'] = w.namespace;
    out['projectcalico.org/orchestrator'] = 'k8s';
    out['projectcalico.org/serviceaccount'] = w.serviceAccount;
    return out;
}
/** Whether a pod meets every selector of a Calico selection. */
function matchesCalicoSelection(c, endpointLabels, w, namespaceLabels) {
    if (c.selector !== undefined && !matchesCalico(c.selector, endpointLabels))
        return false;
    if (c.notSelector !== undefined && matchesCalico(c.notSelector, endpointLabels))
        return false;
    if (c.namespaceSelector !== undefined &&
        !matchesCalico(c.namespaceSelector, { ...namespaceLabels, 'projectcalico.org/name': w.namespace }))
        return false;
    return c.serviceAccountNames === undefined || c.serviceAccountNames.includes(w.serviceAccount);
}

;// CONCATENATED MODULE: ./src/engine/select-pods.ts





/** Labels Cilium derives for every pod (SEMANTICS §5.1). */
const SERVICE_ACCOUNT_KEY = 'io.cilium.k8s.policy.serviceaccount';
const CLUSTER_KEY = 'io.cilium.k8s.policy.cluster';
function createPodSelector(universe, model) {
    const size = universe.endpoints.length;
    const byNamespace = new Map();
    const byKey = new Map();
    // Workload indexes per label value, cluster-wide and per namespace (a selection within one
    // namespace reads only that namespace's): lists, not bitsets, since values like `app` are
    // often unique to one workload, and a bitset per value would cost N² bits.
    const byKeyValue = new Map();
    const byNsKeyValue = new Map();
    const bitsetIn = (map, key) => {
        let set = map.get(key);
        if (set === undefined)
            map.set(key, (set = createBitset(size)));
        return set;
    };
    for (const w of model.workloads) {
        if (w.hostNetwork)
            continue;
        const index = universe.indexByWorkload.get(workloadKey(w));
        setBit(bitsetIn(byNamespace, w.namespace), index);
        for (const [key, value] of Object.entries(w.labels)) {
            setBit(bitsetIn(byKey, key), index);
            for (const [map, pair] of [
                [byKeyValue, `${key}\u0000${value}`],
                [byNsKeyValue, `${w.namespace}\u0000${key}\u0000${value}`],
            ]) {
                const list = map.get(pair);
                if (list === undefined)
                    map.set(pair, [index]);
                else
                    list.push(index);
            }
        }
    }
    const empty = createBitset(size);
    /** Cilium's derived labels: the pod's namespace, its namespace's labels, its service account. */
    const derived = (r) => {
        let valueOf;
        if (r.key === NAMESPACE_KEY)
            valueOf = (w) => w.namespace;
        else if (r.key === SERVICE_ACCOUNT_KEY)
            valueOf = (w) => w.serviceAccount;
        else if (r.key === CLUSTER_KEY)
            valueOf = () => 'default';
        else if (r.key.startsWith(NAMESPACE_LABEL_PREFIX)) {
            const key = r.key.slice(NAMESPACE_LABEL_PREFIX.length);
            valueOf = (w) => model.namespaces.get(w.namespace)?.labels[key];
        }
        else
            return undefined;
        const has = (value) => {
            switch (r.operator) {
                case 'In':
                    return value !== undefined && r.values.includes(value);
                case 'NotIn':
                    return value === undefined || !r.values.includes(value);
                case 'Exists':
                    return value !== undefined;
                case 'DoesNotExist':
                    return value === undefined;
            }
        };
        const out = createBitset(size);
        for (const w of model.workloads) {
            if (w.hostNetwork)
                continue;
            if (has(valueOf(w)))
                setBit(out, universe.indexByWorkload.get(workloadKey(w)));
        }
        return out;
    };
    const words = (size + 31) >>> 5;
    // Workloads are indexed by namespace first (universe.ts), so a namespace's workloads fill a
    // few words: a selection within one namespace costs those words, not the whole cluster.
    const nsWords = new Map();
    for (const [name, set] of byNamespace) {
        let lo = 0;
        while (lo < words && set[lo] === 0)
            lo++;
        let hi = words;
        while (hi > lo && set[hi - 1] === 0)
            hi--;
        nsWords.set(name, [lo, hi]);
    }
    const scratch = createBitset(size);
    // Calico selectors are expressions: matched workload by workload over the labels Calico gives
    // each endpoint (docs/semantics-calico.md §5.2).
    const workloadAt = new Array(size);
    for (const w of model.workloads)
        workloadAt[universe.indexByWorkload.get(workloadKey(w))] = w;
    const calicoLabels = new Map();
    const labelsOf = (index, w) => {
        let labels = calicoLabels.get(index);
        if (labels === undefined)
            calicoLabels.set(index, (labels = calicoEndpointLabels(w, model.namespaces.get(w.namespace)?.labels ?? {})));
        return labels;
    };
    const keepCalicoMatches = (result, c, lo, hi) => {
        for (let word = lo; word < hi; word++) {
            let bits = result[word];
            while (bits !== 0) {
                const low = bits & -bits;
                const index = (word << 5) + (31 - Math.clz32(low));
                bits ^= low;
                const w = workloadAt[index];
                if (w === undefined ||
                    !matchesCalicoSelection(c, labelsOf(index, w), w, model.namespaces.get(w.namespace)?.labels ?? {}))
                    result[word] = result[word] & ~low;
            }
        }
    };
    /** `result &= the workloads meeting r`, over words lo..hi-1 (result is 0 elsewhere). */
    const applyRequirement = (result, r, cilium, lo, hi, namespace) => {
        const special = cilium ? derived(r) : undefined;
        if (special !== undefined) {
            for (let w = lo; w < hi; w++)
                result[w] = result[w] & special[w];
            return;
        }
        switch (r.operator) {
            case 'In':
            case 'NotIn': {
                scratch.fill(0, lo, hi);
                for (const v of r.values) {
                    for (const index of (namespace === undefined
                        ? byKeyValue.get(`${r.key}\u0000${v}`)
                        : byNsKeyValue.get(`${namespace}\u0000${r.key}\u0000${v}`)) ?? []) {
                        const w = index >>> 5;
                        if (w >= lo && w < hi)
                            scratch[w] = scratch[w] | (1 << (index & 31));
                    }
                }
                // The result holds selectable workloads only, so NotIn is "and not".
                if (r.operator === 'In')
                    for (let w = lo; w < hi; w++)
                        result[w] = result[w] & scratch[w];
                else
                    for (let w = lo; w < hi; w++)
                        result[w] = result[w] & ~scratch[w];
                return;
            }
            case 'Exists':
            case 'DoesNotExist': {
                const has = byKey.get(r.key) ?? empty;
                if (r.operator === 'Exists')
                    for (let w = lo; w < hi; w++)
                        result[w] = result[w] & has[w];
                else
                    for (let w = lo; w < hi; w++)
                        result[w] = result[w] & ~has[w];
                return;
            }
        }
    };
    const cache = new Map();
    const select = (selection) => {
        const key = JSON.stringify(selection);
        const cached = cache.get(key);
        if (cached !== undefined)
            return cached;
        const result = createBitset(size);
        let [lo, hi] = [0, words];
        if (selection.namespaces.kind === 'name') {
            const set = byNamespace.get(selection.namespaces.name);
            [lo, hi] = nsWords.get(selection.namespaces.name) ?? [0, 0];
            for (let w = lo; w < hi; w++)
                result[w] = set[w];
        }
        else {
            for (const ns of model.namespaces.values()) {
                if (matchesSelector(selection.namespaces.selector, ns.labels))
                    orInto(result, byNamespace.get(ns.name) ?? empty);
            }
        }
        const cilium = selection.labels === 'cilium';
        const namespace = selection.namespaces.kind === 'name' ? selection.namespaces.name : undefined;
        for (const r of selection.pods.requirements)
            applyRequirement(result, r, cilium, lo, hi, namespace);
        // A Cilium selector on `reserved:` labels selects entities (which carry only that label).
        if (cilium &&
            selection.pods.requirements.some((r) => r.key.startsWith('reserved:') && (r.operator === 'In' || r.operator === 'Exists'))) {
            for (const [name, index] of universe.entityIndex)
                if (matchesSelector(selection.pods, { [`reserved:${name}`]: '' }))
                    setBit(result, index);
        }
        if (selection.calico !== undefined)
            keepCalicoMatches(result, selection.calico, lo, hi);
        cache.set(key, result);
        return result;
    };
    const within = createBitset(size);
    const members = (selection) => {
        const cached = cache.get(JSON.stringify(selection));
        const out = [];
        if (cached !== undefined ||
            selection.namespaces.kind !== 'name' ||
            selection.labels === 'cilium' ||
            selection.labels === 'calico') {
            forEachBit(cached ?? select(selection), (m) => out.push(m));
            return out;
        }
        // One namespace, plain labels: worked out in that namespace's words of a scratch set.
        const set = byNamespace.get(selection.namespaces.name);
        const [lo, hi] = nsWords.get(selection.namespaces.name) ?? [0, 0];
        for (let w = lo; w < hi; w++)
            within[w] = set[w];
        for (const r of selection.pods.requirements)
            applyRequirement(within, r, false, lo, hi, selection.namespaces.name);
        for (let w = lo; w < hi; w++) {
            let word = within[w];
            while (word !== 0) {
                const low = word & -word;
                out.push((w << 5) + (31 - Math.clz32(low)));
                word ^= low;
            }
            within[w] = 0;
        }
        return out;
    };
    return { select, members };
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts







function evaluate(universe, model, options) {
    const size = universe.endpoints.length;
    const diagnostics = [];
    const { present, workloads } = presence(universe, model);
    const pods = createPodSelector(universe, model);
    const podsByAddress = createPodsByAddress(universe, model, options, diagnostics);
    const peerSets = createPeerSets(universe, model, options, present, pods, podsByAddress, diagnostics);
    const compiled = compileRules(size, model, present, pods.members, peerSets, universe.portClasses);
    const namedTargets = namedPortTargets(universe, workloads);
    const row = createRows(universe, present, workloads, compiled, namedTargets);
    return {
        universe,
        model,
        present,
        diagnostics,
        namedTargets,
        row,
        isIsolated: (direction, endpoint) => hasBit(compiled.isolated[direction], endpoint),
        rulesFor: (direction, endpoint) => compiled.rulesBy[direction][endpoint] ?? NO_RULES,
        isolatingPolicies: (direction, endpoint) => compiled.isolatingBy[direction][endpoint] ?? [],
        workloadAt: (endpoint) => workloads[endpoint],
    };
}
/** Which endpoints exist in this revision: its workloads, and every endpoint that is not one. */
function presence(universe, model) {
    const size = universe.endpoints.length;
    const present = createBitset(size);
    const workloads = sparse(size);
    for (const w of model.workloads) {
        const index = universe.indexByWorkload.get(workloadKey(w));
        setBit(present, index);
        workloads[index] = w;
    }
    for (let i = universe.firstNonWorkload; i < size; i++)
        setBit(present, i);
    return { present, workloads };
}
/** Destinations per named port (`PROTOCOL/name`) and port class (SEMANTICS §2.8). */
function namedPortTargets(universe, workloads) {
    const targets = new Map();
    workloads.forEach((w, index) => {
        if (w === undefined)
            return;
        for (const port of w.ports) {
            if (port.name === undefined)
                continue;
            const key = `${port.protocol}/${port.name}`;
            let byClass = targets.get(key);
            if (byClass === undefined)
                targets.set(key, (byClass = new Map()));
            const c = universe.portClasses.classOf(port.protocol, port.port);
            let set = byClass.get(c);
            if (set === undefined)
                byClass.set(c, (set = createBitset(universe.endpoints.length)));
            setBit(set, index);
        }
    });
    return targets;
}

;// CONCATENATED MODULE: ./src/manifests/names.ts
// The name formats the API server accepts (RFC 1123). Names end up in sentences, links and
// comments, so anything else is refused rather than shown.
const DNS_LABEL = /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Namespace names. */
function isDnsLabel(name) {
    return DNS_LABEL.test(name);
}
/** Names of most other objects. */
function isDnsSubdomain(name) {
    return DNS_SUBDOMAIN.test(name);
}

;// CONCATENATED MODULE: ./src/manifests/workload-validity.ts


/** Where each workload kind keeps its pod template (a bare Pod is its own). */
const TEMPLATE_PATHS = {
    Pod: [],
    Deployment: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
/** Kinds whose selector must be given (apps/v1); Job and CronJob selectors are generated. */
const NEEDS_SELECTOR = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
/** Why `value` (an object of a workload kind) would be refused: none when it would not (or when
 * it is no workload, or its template is missing: workloads.ts says so). */
function workloadProblems(kind, value) {
    // Only workload kinds (and never a kind named after an Object property, such as `constructor`).
    if (!Object.hasOwn(TEMPLATE_PATHS, kind))
        return [];
    return [containersProblem(kind, value), selectorProblem(kind, value)].filter((p) => p !== undefined);
}
function templateOf(kind, value) {
    let template = value;
    for (const key of TEMPLATE_PATHS[kind] ?? [])
        template = isRecord(template) ? template[key] : undefined;
    return isRecord(template) ? template : undefined;
}
function containersProblem(kind, value) {
    const templatePath = TEMPLATE_PATHS[kind];
    const template = templateOf(kind, value);
    if (templatePath === undefined || template === undefined)
        return undefined;
    const spec = template.spec;
    const containers = isRecord(spec) ? spec.containers : undefined;
    const where = kind === 'Pod' ? 'the Pod' : 'the pod template';
    if (!Array.isArray(containers) || containers.length === 0) {
        return {
            path: [...templatePath, ...(isRecord(spec) ? ['spec', ...(containers === undefined ? [] : ['containers'])] : [])],
            message: `${where} has no containers (spec.containers is ${containers === undefined ? 'missing' : 'empty'}), so the API server refuses it`,
            fix: `add spec.containers with at least one container (name and image)`,
        };
    }
    return undefined;
}
function selectorProblem(kind, value) {
    if (kind !== 'ReplicationController' && !NEEDS_SELECTOR.has(kind))
        return undefined;
    const template = templateOf(kind, value);
    if (template === undefined)
        return undefined;
    const labels = readLabels(isRecord(template.metadata) ? template.metadata.labels : undefined);
    if (typeof labels === 'string')
        return undefined; // workloads.ts refuses bad labels itself
    const selector = isRecord(value.spec) ? value.spec.selector : undefined;
    if (kind === 'ReplicationController') {
        // Optional: it defaults to the template's labels; a given one must match them.
        if (selector === undefined || selector === null)
            return undefined;
        if (!isRecord(selector) || Object.values(selector).some((v) => typeof v !== 'string')) {
            return {
                path: ['spec', 'selector'],
                message: 'spec.selector must be a mapping of label keys to string values',
                fix: 'write the selector as labels of the pod template, or leave it out',
            };
        }
        const missing = Object.entries(selector).filter(([k, v]) => labels[k] !== v);
        return missing.length === 0
            ? undefined
            : mismatch(['spec', 'selector'], missing.map(([k, v]) => `${k}=${String(v)}`));
    }
    if (selector === undefined || selector === null) {
        return {
            path: ['spec'],
            message: 'spec.selector is missing, so the API server refuses it',
            fix: "add spec.selector matching the pod template's labels (spec.template.metadata.labels)",
        };
    }
    const unmatched = selectorMisses(selector, labels);
    if (typeof unmatched === 'string')
        return {
            path: ['spec', 'selector'],
            message: `spec.selector: ${unmatched}`,
            fix: "write spec.selector with matchLabels (or matchExpressions) matching the pod template's labels",
        };
    return unmatched.length === 0 ? undefined : mismatch(['spec', 'selector'], unmatched);
}
function mismatch(path, requirements) {
    return {
        path,
        message: `spec.selector (${requirements.join(', ')}) does not match the pod template's labels (spec.template.metadata.labels), so the API server refuses it`,
        fix: "make spec.selector match the pod template's labels, or add the labels to the template",
    };
}
/** The selector's requirements that the labels fail, as text; a message for a selector that is
 * malformed or empty (an empty selector is invalid for apps/v1 workloads). */
function selectorMisses(selector, labels) {
    if (!isRecord(selector))
        return 'a selector must be a mapping with matchLabels and/or matchExpressions';
    const misses = [];
    let requirements = 0;
    const { matchLabels, matchExpressions } = selector;
    if (matchLabels !== undefined && matchLabels !== null) {
        if (!isRecord(matchLabels))
            return 'matchLabels must be a mapping of keys to string values';
        for (const [key, v] of Object.entries(matchLabels)) {
            if (typeof v !== 'string')
                return `matchLabels "${key}" has the value ${JSON.stringify(v)}; values must be strings (quote it)`;
            requirements++;
            if (labels[key] !== v)
                misses.push(`${key}=${v}`);
        }
    }
    if (matchExpressions !== undefined && matchExpressions !== null) {
        if (!Array.isArray(matchExpressions))
            return 'matchExpressions must be a list';
        for (const [i, e] of matchExpressions.entries()) {
            if (!isRecord(e) || typeof e.key !== 'string' || e.key === '')
                return `matchExpressions[${i}] needs a key`;
            const values = Array.isArray(e.values) ? e.values.map(String) : [];
            const has = Object.hasOwn(labels, e.key);
            const value = labels[e.key];
            requirements++;
            const ok = e.operator === 'In'
                ? has && values.includes(value)
                : e.operator === 'NotIn'
                    ? !has || !values.includes(value)
                    : e.operator === 'Exists'
                        ? has
                        : e.operator === 'DoesNotExist'
                            ? !has
                            : undefined;
            if (ok === undefined)
                return `matchExpressions[${i}] has the operator ${JSON.stringify(e.operator)}; use In, NotIn, Exists or DoesNotExist`;
            if (!ok)
                misses.push(`${e.key} ${String(e.operator)}${values.length > 0 ? ` (${values.join(', ')})` : ''}`);
        }
    }
    if (requirements === 0)
        return 'the selector is empty, which is invalid for this kind';
    return misses;
}

;// CONCATENATED MODULE: ./src/manifests/schema/shape.ts
// The compact description of the fields an object may hold, as the API server's strict field
// validation knows them. Which kind has which shape is left to the *-shapes.ts files; walking an
// object against a shape, to find-unknown-fields.ts.
/** Fields whose insides are not checked, written as one space-separated list of names. */
function leaves(names) {
    return Object.fromEntries(names
        .split(/\s+/)
        .filter((n) => n !== '')
        .map((n) => [n, 'any']));
}

;// CONCATENATED MODULE: ./src/manifests/schema/meta-shapes.ts
// The shapes every kind shares, from k8s.io/apimachinery v0.36.3 pkg/apis/meta/v1/types.go:
// ObjectMeta (with OwnerReference, which netreach reads) and LabelSelector. CRDs (Cilium, the
// network-policy-api) use the same LabelSelector.

const META_SHAPES = {
    objectMeta: {
        ...leaves(`name generateName namespace selfLink uid resourceVersion generation creationTimestamp
      deletionTimestamp deletionGracePeriodSeconds labels annotations finalizers managedFields`),
        ownerReferences: [leaves('apiVersion kind name uid controller blockOwnerDeletion')],
    },
    labelSelector: {
        matchLabels: 'any',
        matchExpressions: [leaves('key operator values')],
    },
};

;// CONCATENATED MODULE: ./src/manifests/schema/cilium-shapes.ts
// Shapes of CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy (cilium.io/v2), as in the
// CRDs of Cilium 1.18.2 (pkg/k8s/apis/cilium.io/client/crds/v2, generated from the Go types of
// pkg/policy/api: rule.go, ingress.go, egress.go, l4.go, cidr.go, …). The CRDs are structural and
// preserve no unknown fields; only L7 `l7` rules are free maps. Both kinds share one schema.


const { objectMeta, labelSelector } = META_SHAPES;
const CIDR_RULE = { ...leaves('cidr cidrGroupRef except'), cidrGroupSelector: labelSelector };
const GROUPS = { aws: leaves('labels region securityGroupsIds securityGroupsNames') };
const ICMP_RULE = { fields: [leaves('family type')] };
const PORT_PROTOCOL = leaves('port endPort protocol');
const SECRET_REF = leaves('name namespace');
const TLS_CONTEXT = { ...leaves('certificate privateKey trustedCA'), secret: SECRET_REF };
const FQDN_SELECTOR = leaves('matchName matchPattern');
const L7_RULES = {
    http: [
        {
            ...leaves('path method host headers'),
            headerMatches: [{ ...leaves('mismatch name value'), secret: SECRET_REF }],
        },
    ],
    kafka: [leaves('role apiKey apiVersion clientID topic')],
    dns: [FQDN_SELECTOR],
    l7proto: 'any',
    l7: 'any',
};
const PORT_RULE = {
    ports: [PORT_PROTOCOL],
    terminatingTLS: TLS_CONTEXT,
    originatingTLS: TLS_CONTEXT,
    serverNames: 'any',
    listener: { envoyConfig: leaves('kind name'), ...leaves('name priority') },
    rules: L7_RULES,
};
const PORT_DENY_RULE = { ports: [PORT_PROTOCOL] };
const INGRESS_PEERS = {
    fromEndpoints: [labelSelector],
    fromRequires: [labelSelector],
    fromCIDR: 'any',
    fromCIDRSet: [CIDR_RULE],
    fromEntities: 'any',
    fromGroups: [GROUPS],
    fromNodes: [labelSelector],
    icmps: [ICMP_RULE],
};
const EGRESS_PEERS = {
    toEndpoints: [labelSelector],
    toRequires: [labelSelector],
    toCIDR: 'any',
    toCIDRSet: [CIDR_RULE],
    toEntities: 'any',
    toServices: [
        { k8sService: leaves('serviceName namespace'), k8sServiceSelector: { selector: labelSelector, namespace: 'any' } },
    ],
    toGroups: [GROUPS],
    toNodes: [labelSelector],
    icmps: [ICMP_RULE],
};
const AUTHENTICATION = leaves('mode');
const RULE = {
    endpointSelector: labelSelector,
    nodeSelector: labelSelector,
    ingress: [{ ...INGRESS_PEERS, toPorts: [PORT_RULE], authentication: AUTHENTICATION }],
    ingressDeny: [{ ...INGRESS_PEERS, toPorts: [PORT_DENY_RULE] }],
    egress: [{ ...EGRESS_PEERS, toPorts: [PORT_RULE], toFQDNs: [FQDN_SELECTOR], authentication: AUTHENTICATION }],
    egressDeny: [{ ...EGRESS_PEERS, toPorts: [PORT_DENY_RULE] }],
    labels: [leaves('key value source')],
    enableDefaultDeny: leaves('ingress egress'),
    description: 'any',
    log: leaves('value'),
};
const CILIUM_POLICY = {
    apiVersion: 'any',
    kind: 'any',
    metadata: objectMeta,
    spec: RULE,
    specs: [RULE],
    status: 'any',
};
const CILIUM_SHAPES = {
    CiliumNetworkPolicy: CILIUM_POLICY,
    CiliumClusterwideNetworkPolicy: CILIUM_POLICY,
};

;// CONCATENATED MODULE: ./src/manifests/schema/find-unknown-fields.ts

function findUnknownFields(value, shape) {
    const found = [];
    walk(value, shape, [], found);
    return found;
}
function walk(value, shape, path, found) {
    if (shape === 'any')
        return;
    if (Array.isArray(shape)) {
        if (Array.isArray(value))
            value.forEach((item, i) => walk(item, shape[0], [...path, i], found));
        return;
    }
    if (!isRecord(value))
        return;
    const fields = shape;
    for (const [key, child] of Object.entries(value)) {
        // Own fields only: `constructor` or `__proto__` in a manifest is unknown, not Object's.
        if (Object.hasOwn(fields, key))
            walk(child, fields[key], [...path, key], found);
        else
            found.push({ path: [...path, key], known: Object.keys(fields) });
    }
}

;// CONCATENATED MODULE: ./src/manifests/schema/kubernetes-shapes.ts
// Shapes of the built-in kinds netreach reads, from k8s.io/api v0.36.3 (core/v1, apps/v1,
// batch/v1, networking/v1 types.go; PodSpec also has evictionResponders from master). Every level
// on the way to what netreach reads lists all its real fields, so that a typo is caught; subtrees
// netreach never reads (resources, volumes, affinity, probes, status…) are 'any'.


const { objectMeta: kubernetes_shapes_objectMeta, labelSelector: kubernetes_shapes_labelSelector } = META_SHAPES;
const CONTAINER_PORT = leaves('name hostPort containerPort protocol hostIP');
const CONTAINER = {
    ...leaves(`name image command args workingDir envFrom env resources resizePolicy restartPolicy
    restartPolicyRules volumeMounts volumeDevices livenessProbe readinessProbe startupProbe lifecycle
    terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty`),
    ports: [CONTAINER_PORT],
};
const POD_SPEC = {
    ...leaves(`volumes restartPolicy terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy
    nodeSelector serviceAccountName serviceAccount automountServiceAccountToken nodeName hostNetwork
    hostPID hostIPC shareProcessNamespace securityContext imagePullSecrets hostname subdomain affinity
    schedulerName tolerations hostAliases priorityClassName priority dnsConfig readinessGates
    runtimeClassName enableServiceLinks preemptionPolicy overhead topologySpreadConstraints
    setHostnameAsFQDN os hostUsers schedulingGates resourceClaims resources hostnameOverride
    schedulingGroup evictionResponders`),
    initContainers: [CONTAINER],
    containers: [CONTAINER],
    ephemeralContainers: [{ ...CONTAINER, targetContainerName: 'any' }],
};
const POD_TEMPLATE = { metadata: kubernetes_shapes_objectMeta, spec: POD_SPEC };
/** TypeMeta, ObjectMeta, the given spec and a status that is never read. */
function object(spec) {
    return { apiVersion: 'any', kind: 'any', metadata: kubernetes_shapes_objectMeta, spec, status: 'any' };
}
const JOB_SPEC = {
    ...leaves(`parallelism completions activeDeadlineSeconds podFailurePolicy successPolicy backoffLimit
    backoffLimitPerIndex maxFailedIndexes manualSelector ttlSecondsAfterFinished completionMode suspend
    podReplacementPolicy managedBy`),
    selector: kubernetes_shapes_labelSelector,
    template: POD_TEMPLATE,
};
const NETWORK_POLICY_PEER = {
    podSelector: kubernetes_shapes_labelSelector,
    namespaceSelector: kubernetes_shapes_labelSelector,
    ipBlock: leaves('cidr except'),
};
const NETWORK_POLICY_PORT = leaves('protocol port endPort');
const KUBERNETES_SHAPES = {
    Namespace: object(leaves('finalizers')),
    Service: object({
        ...leaves(`selector clusterIP clusterIPs type externalIPs sessionAffinity loadBalancerIP
      loadBalancerSourceRanges externalName externalTrafficPolicy healthCheckNodePort
      publishNotReadyAddresses sessionAffinityConfig ipFamilies ipFamilyPolicy
      allocateLoadBalancerNodePorts loadBalancerClass internalTrafficPolicy trafficDistribution`),
        ports: [leaves('name protocol appProtocol port targetPort nodePort')],
    }),
    Pod: object(POD_SPEC),
    ReplicationController: object({ ...leaves('replicas minReadySeconds selector'), template: POD_TEMPLATE }),
    Deployment: object({
        ...leaves('replicas strategy minReadySeconds revisionHistoryLimit paused progressDeadlineSeconds'),
        selector: kubernetes_shapes_labelSelector,
        template: POD_TEMPLATE,
    }),
    StatefulSet: object({
        ...leaves(`replicas volumeClaimTemplates serviceName podManagementPolicy updateStrategy
      revisionHistoryLimit minReadySeconds persistentVolumeClaimRetentionPolicy ordinals`),
        selector: kubernetes_shapes_labelSelector,
        template: POD_TEMPLATE,
    }),
    DaemonSet: object({
        ...leaves('updateStrategy minReadySeconds revisionHistoryLimit'),
        selector: kubernetes_shapes_labelSelector,
        template: POD_TEMPLATE,
    }),
    ReplicaSet: object({ ...leaves('replicas minReadySeconds'), selector: kubernetes_shapes_labelSelector, template: POD_TEMPLATE }),
    Job: object(JOB_SPEC),
    CronJob: object({
        ...leaves('schedule timeZone startingDeadlineSeconds concurrencyPolicy suspend successfulJobsHistoryLimit failedJobsHistoryLimit'),
        jobTemplate: { metadata: kubernetes_shapes_objectMeta, spec: JOB_SPEC },
    }),
    // networking/v1 NetworkPolicy has had no status since Kubernetes 1.28, but 1.24–1.27 accepted
    // one: a manifest exported from such a cluster may carry it, and it changes nothing.
    NetworkPolicy: object({
        podSelector: kubernetes_shapes_labelSelector,
        policyTypes: 'any',
        ingress: [{ from: [NETWORK_POLICY_PEER], ports: [NETWORK_POLICY_PORT] }],
        egress: [{ to: [NETWORK_POLICY_PEER], ports: [NETWORK_POLICY_PORT] }],
    }),
};

;// CONCATENATED MODULE: ./src/manifests/schema/nearest-name.ts
// Picks the known field name an unknown one most likely meant ("port" → "ports",
// "hostnetwork" → "hostNetwork"), by edit distance ignoring case. A short function rather than a
// dependency: names are short and the candidates few.
/** The candidate closest to `word`, if one is close enough to be a likely typo. */
function nearestName(word, candidates) {
    const lower = word.toLowerCase();
    // One edit for short names, two from five characters on: "to" must not suggest "tcp".
    const limit = lower.length < 5 ? 1 : 2;
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        const d = editDistance(lower, candidate.toLowerCase(), bestDistance);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** Levenshtein distance with adjacent swaps counted as one edit; stops early at `cap`. */
function editDistance(a, b, cap) {
    if (Math.abs(a.length - b.length) >= cap)
        return cap;
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            current.push(d);
            rowMin = Math.min(rowMin, d);
        }
        if (rowMin >= cap)
            return cap;
        before = previous;
        previous = current;
    }
    return Math.min(previous[b.length], cap);
}

;// CONCATENATED MODULE: ./src/manifests/schema/network-policy-api-shapes.ts
// Shapes of the network-policy-api kinds, from kubernetes-sigs/network-policy-api: v1alpha1
// AdminNetworkPolicy and BaselineAdminNetworkPolicy as in the experimental-channel CRDs of
// 0e80470 (the last before 63b3bb3 removed them; apis/v1alpha1), v1alpha2 ClusterNetworkPolicy
// as in the experimental CRD at 0eec1b0 (apis/v1alpha2/clusternetworkpolicy_types.go). Both are
// structural CRDs without x-kubernetes-preserve-unknown-fields: the API server refuses any other field.


const { objectMeta: network_policy_api_shapes_objectMeta, labelSelector: network_policy_api_shapes_labelSelector } = META_SHAPES;
const NAMESPACED_POD = { namespaceSelector: network_policy_api_shapes_labelSelector, podSelector: network_policy_api_shapes_labelSelector };
const SUBJECT = { namespaces: network_policy_api_shapes_labelSelector, pods: NAMESPACED_POD };
const INGRESS_PEER = SUBJECT;
const BASELINE_EGRESS_PEER = { ...SUBJECT, nodes: network_policy_api_shapes_labelSelector, networks: 'any' };
const EGRESS_PEER = { ...BASELINE_EGRESS_PEER, domainNames: 'any' };
/** v1alpha1 ports: portNumber, portRange or namedPort. */
const V1ALPHA1_PORT = {
    portNumber: leaves('protocol port'),
    portRange: leaves('protocol start end'),
    namedPort: 'any',
};
/** v1alpha2 writes ports per protocol: `protocols: [{tcp: {destinationPort: {number: 80}}}]`. */
const PROTOCOL_PORT = { destinationPort: { number: 'any', range: leaves('start end') } };
const V1ALPHA2_PROTOCOL = {
    tcp: PROTOCOL_PORT,
    udp: PROTOCOL_PORT,
    sctp: PROTOCOL_PORT,
    destinationNamedPort: 'any',
};
const STATUS = {
    conditions: [leaves('type status observedGeneration lastTransitionTime reason message')],
};
function policy(spec) {
    return { apiVersion: 'any', kind: 'any', metadata: network_policy_api_shapes_objectMeta, spec, status: STATUS };
}
function rules(egressPeer, ports) {
    return {
        subject: SUBJECT,
        ingress: [{ name: 'any', action: 'any', from: [INGRESS_PEER], ...ports }],
        egress: [{ name: 'any', action: 'any', to: [egressPeer], ...ports }],
    };
}
const NETWORK_POLICY_API_SHAPES = {
    AdminNetworkPolicy: policy({ priority: 'any', ...rules(EGRESS_PEER, { ports: [V1ALPHA1_PORT] }) }),
    // The baseline has no priority and no domainNames peer.
    BaselineAdminNetworkPolicy: policy(rules(BASELINE_EGRESS_PEER, { ports: [V1ALPHA1_PORT] })),
    ClusterNetworkPolicy: policy({
        tier: 'any',
        priority: 'any',
        ...rules(EGRESS_PEER, { protocols: [V1ALPHA2_PROTOCOL] }),
    }),
};

;// CONCATENATED MODULE: ./src/manifests/schema/unknown-field-diagnostics.ts






const SHAPES = {
    ...KUBERNETES_SHAPES,
    ...NETWORK_POLICY_API_SHAPES,
    ...CILIUM_SHAPES,
};
/** Since network-policy-api v0.1.3 (4d5dd78), `namespaces` is itself a label selector. */
const NAMESPACES_SELECTOR = 'namespaces: {matchLabels: …} (since network-policy-api v0.1.3 namespaces is itself a label selector; namespaceSelector only goes under pods)';
const CILIUM_AUTHENTICATION = 'authentication: {mode: required} (the cilium.io/v2 CRD has no auth field)';
const V1ALPHA1_PORTS = 'ports (v1alpha1 writes ports as ports: [{portNumber: {protocol: TCP, port: 80}}])';
/** Fields of another version of an API: named when edit distance cannot find them. */
const MOVED = {
    ClusterNetworkPolicy: {
        ports: 'protocols (v1alpha2 writes ports as protocols: [{tcp: {destinationPort: {number: 80}}}])',
        namespaceSelector: NAMESPACES_SELECTOR,
    },
    AdminNetworkPolicy: { protocols: V1ALPHA1_PORTS, namespaceSelector: NAMESPACES_SELECTOR },
    BaselineAdminNetworkPolicy: { protocols: V1ALPHA1_PORTS, namespaceSelector: NAMESPACES_SELECTOR },
    // Early examples of Cilium's mutual authentication wrote `auth: {type: "null"}`.
    CiliumNetworkPolicy: { auth: CILIUM_AUTHENTICATION },
    CiliumClusterwideNetworkPolicy: { auth: CILIUM_AUTHENTICATION },
};
/** Diagnostics per object; past this, one more says how many were left out. */
const MAX_UNKNOWN_FIELDS_SHOWN = 5;
/** Whether an object of a known kind has a field its kind does not have (cheap: no messages). */
function hasUnknownFields(kind, value) {
    const shape = ownValue(SHAPES, kind);
    return shape !== undefined && findUnknownFields(value, shape).length > 0;
}
/** The UNKNOWN_FIELD errors of one object: empty when every field is known (or its kind has no shape). */
function unknownFieldDiagnostics(object) {
    const shape = ownValue(SHAPES, object.kind);
    if (shape === undefined)
        return [];
    const unknown = findUnknownFields(object.value, shape);
    if (unknown.length === 0)
        return [];
    const id = `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${object.name}`;
    const diagnostics = unknown.slice(0, MAX_UNKNOWN_FIELDS_SHOWN).map((field) => ({
        code: 'UNKNOWN_FIELD',
        severity: 'error',
        file: object.document.file,
        line: object.document.lineOf([...object.path, ...field.path]),
        message: `${id}: unknown field ${pathText(field.path)}; the object was not evaluated (kubectl's strict field validation refuses it)`,
        fix: fixFor(object.kind, field),
    }));
    const more = unknown.length - MAX_UNKNOWN_FIELDS_SHOWN;
    if (more > 0) {
        diagnostics.push({
            code: 'UNKNOWN_FIELD',
            severity: 'error',
            file: object.document.file,
            line: object.path.length === 0 ? object.document.line : object.document.lineOf(object.path),
            message: `${id}: and ${more} more unknown field${more === 1 ? '' : 's'}; the object was not evaluated`,
            fix: 'fix the fields above, then run netreach again to see the rest (kubectl apply refuses unknown fields)',
        });
    }
    return diagnostics;
}
function fixFor(kind, field) {
    const name = String(field.path[field.path.length - 1]);
    const meant = ownValue(ownValue(MOVED, kind) ?? {}, name) ?? nearestName(name, field.known);
    if (meant !== undefined)
        return `did you mean ${meant}? (kubectl apply refuses unknown fields)`;
    if (field.known.length <= 12) {
        return `remove or rename it; the fields allowed here are ${field.known.join(', ')} (kubectl apply refuses unknown fields)`;
    }
    return `remove or rename it, after checking the field's name in the ${kind} API reference (kubectl apply refuses unknown fields)`;
}
/** `spec.ingress[0].port`; a key that is not a plain name is quoted (and cut, since it is user text). */
function pathText(path) {
    return path
        .map((step, i) => {
        if (typeof step === 'number')
            return `[${step}]`;
        if (/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(step))
            return i === 0 ? step : `.${step}`;
        return `[${JSON.stringify(step.length > 64 ? `${step.slice(0, 64)}…` : step)}]`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/manifests/kubernetes-objects.ts




/** The kinds netreach evaluates, with the apiVersions it understands for each. */
const KNOWN_KINDS = {
    Namespace: ['v1'],
    Pod: ['v1'],
    ReplicationController: ['v1'],
    Deployment: ['apps/v1'],
    StatefulSet: ['apps/v1'],
    DaemonSet: ['apps/v1'],
    ReplicaSet: ['apps/v1'],
    Job: ['batch/v1'],
    CronJob: ['batch/v1', 'batch/v1beta1'],
    Service: ['v1'],
    NetworkPolicy: ['networking.k8s.io/v1'],
    AdminNetworkPolicy: ['policy.networking.k8s.io/v1alpha1'],
    BaselineAdminNetworkPolicy: ['policy.networking.k8s.io/v1alpha1'],
    ClusterNetworkPolicy: ['policy.networking.k8s.io/v1alpha2'],
    CiliumNetworkPolicy: ['cilium.io/v2'],
    CiliumClusterwideNetworkPolicy: ['cilium.io/v2'],
};
/** Groups that served a kind before it moved to the group above: the same API, an older version. */
const FORMER_GROUPS = {
    Deployment: 'extensions',
    DaemonSet: 'extensions',
    ReplicaSet: 'extensions',
    NetworkPolicy: 'extensions',
};
/** Calico's API groups: the projectcalico.org API server and the CRDs it stores objects in. */
const CALICO_GROUPS = new Set(['projectcalico.org', 'crd.projectcalico.org']);
/** Calico kinds that netreach reads (https://docs.tigera.io/calico/latest/reference/resources/). */
const CALICO_READ_KINDS = new Set([
    'NetworkPolicy',
    'GlobalNetworkPolicy',
    'StagedNetworkPolicy',
    'StagedGlobalNetworkPolicy',
    'StagedKubernetesNetworkPolicy',
    'NetworkSet',
    'GlobalNetworkSet',
    'Tier',
]);
/** Whether a document's value needs node positions kept (objects whose rules get cited). */
function needsPositions(value) {
    if (!isRecord(value) || typeof value.kind !== 'string')
        return false;
    // Other objects keep positions only when they will be refused at a field's line.
    return (value.kind.endsWith('List') ||
        value.kind.includes('Policy') ||
        value.kind.endsWith('NetworkSet') ||
        value.kind === 'Tier' ||
        hasUnknownFields(value.kind, value) ||
        workloadProblems(value.kind, value).length > 0);
}
function collectObjects(documents) {
    const objects = [];
    const diagnostics = [];
    const foreign = [];
    for (const document of documents) {
        // A whole document with none of a manifest's fields (a CI workflow, package.json) is another
        // tool's file: one warning for all of them, not one each. Anything that looks like a manifest
        // keeps a warning of its own.
        if (isForeignDocument(document.value))
            foreign.push({ file: document.file, line: document.line });
        else
            collect(document, document.value, [], objects, diagnostics);
    }
    const [first] = foreign;
    if (first !== undefined)
        diagnostics.push(foreignFiles(first, [...new Set(foreign.map((f) => f.file))]));
    return { objects, diagnostics };
}
const MANIFEST_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec', 'items'];
function isForeignDocument(value) {
    return isRecord(value) && !MANIFEST_FIELDS.some((f) => Object.hasOwn(value, f));
}
function foreignFiles(at, files) {
    const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? ` and ${files.length - 5} more` : '');
    return {
        ...at,
        code: 'NOT_KUBERNETES',
        severity: 'warning',
        message: `${files.length === 1 ? 'a file holds' : `${files.length} files hold`} no Kubernetes object (no apiVersion, kind, metadata or spec) and ${files.length === 1 ? 'was' : 'were'} skipped: ${shown}`,
        fix: "nothing to fix if these are other tools' files; to keep them out, narrow the paths",
    };
}
function collect(document, value, path, objects, diagnostics) {
    const line = path.length === 0 ? document.line : document.lineOf(path);
    const at = { file: document.file, line };
    if (!isRecord(value)) {
        diagnostics.push({
            ...at,
            code: 'NOT_AN_OBJECT',
            severity: 'warning',
            message: `the document is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a Kubernetes object; it was skipped`,
            fix: 'leave only Kubernetes manifests under the given paths, or narrow the paths',
        });
        return;
    }
    const { kind, apiVersion } = value;
    if (typeof kind !== 'string' || typeof apiVersion !== 'string') {
        diagnostics.push({
            ...at,
            code: 'NOT_KUBERNETES',
            severity: 'warning',
            message: 'the document has no apiVersion and kind, so it is not a Kubernetes object; it was skipped',
            fix: 'leave only Kubernetes manifests under the given paths, or narrow the paths',
        });
        return;
    }
    if ((kind === 'List' || kind.endsWith('List')) && Array.isArray(value.items)) {
        // The items of a typed list (`PodList`, as the API server returns lists) carry no kind or
        // apiVersion: they are the list's kind and group. A generic `List` gives its items nothing.
        const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
        value.items.forEach((item, i) => collect(document, typedItem(item, itemKind, apiVersion), [...path, 'items', i], objects, diagnostics));
        return;
    }
    // Calico's own kinds are read by the Calico compiler (docs/semantics-calico.md §1).
    const calico = CALICO_GROUPS.has(groupOf(apiVersion));
    if (calico && !CALICO_READ_KINDS.has(kind)) {
        const reported = calicoDiagnostic(kind, apiVersion);
        if (reported !== undefined)
            diagnostics.push({ ...at, ...reported });
        return;
    }
    const versions = calico ? [apiVersion] : ownValue(KNOWN_KINDS, kind);
    if (versions === undefined)
        return;
    if (!versions.includes(apiVersion)) {
        // Only another version of the same API gets "use apiVersion …": a kind of the same name in
        // another group (cilium.io, crd.antrea.io, serving.knative.dev) is another API altogether.
        const group = groupOf(apiVersion);
        if (!versions.some((v) => groupOf(v) === group) && ownValue(FORMER_GROUPS, kind) !== group) {
            if (kind.includes('Policy'))
                diagnostics.push({ ...at, ...foreignPolicy(kind, apiVersion) });
            return;
        }
        diagnostics.push({
            ...at,
            code: 'UNKNOWN_API_VERSION',
            severity: 'error',
            message: `${kind} with apiVersion "${apiVersion}" is not understood; the object was skipped`,
            fix: `use apiVersion ${versions.map((v) => `"${v}"`).join(' or ')}`,
        });
        return;
    }
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    const name = metadata.name;
    const namespace = metadata.namespace;
    if (typeof name !== 'string' ||
        name === '' ||
        (namespace !== undefined && namespace !== null && typeof namespace !== 'string')) {
        diagnostics.push({
            ...at,
            code: 'INVALID_FIELD',
            severity: 'error',
            message: `${kind} has no valid metadata.name${typeof name === 'string' && name !== '' ? ' or metadata.namespace' : ''}; the object was skipped`,
            fix: 'give the object a metadata.name (and a string metadata.namespace, if any)',
        });
        return;
    }
    // Names end up in sentences, links and comments: hold them to what the API server accepts.
    const isValidName = kind === 'Namespace' ? isDnsLabel : isDnsSubdomain;
    if (!isValidName(name) || (typeof namespace === 'string' && namespace !== '' && !isDnsLabel(namespace))) {
        const bad = !isValidName(name) ? `metadata.name "${name}"` : `metadata.namespace "${String(namespace)}"`;
        diagnostics.push({
            ...at,
            code: 'INVALID_FIELD',
            severity: 'error',
            message: `${kind} has the invalid ${bad}; the object was skipped`,
            fix: 'use lower-case letters, digits and "-" (and "." in names of objects other than namespaces), starting and ending with a letter or digit',
        });
        return;
    }
    // Fields the kind does not have: kubectl's strict field validation refuses the object (#9).
    const unknownFields = calico
        ? []
        : unknownFieldDiagnostics({
            kind,
            name,
            namespace: typeof namespace === 'string' ? namespace : undefined,
            value,
            document,
            path,
        });
    if (unknownFields.length > 0) {
        for (const item of unknownFields)
            diagnostics.push(item);
        return;
    }
    objects.push({
        kind,
        apiVersion,
        name,
        namespace: typeof namespace === 'string' && namespace !== '' ? namespace : undefined,
        value,
        document,
        path,
        line,
    });
}
/** The API group of an apiVersion: `networking.k8s.io` of `networking.k8s.io/v1`, '' for `v1`. */
function groupOf(apiVersion) {
    const slash = apiVersion.lastIndexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** An item of a typed list, with the kind and apiVersion it lacks taken from its list. */
function typedItem(item, itemKind, apiVersion) {
    if (itemKind === undefined || !isRecord(item))
        return item;
    if (item.kind !== undefined && item.kind !== itemKind)
        return item;
    if (item.kind !== undefined && item.apiVersion !== undefined)
        return item;
    return { ...item, kind: itemKind, apiVersion: item.apiVersion ?? apiVersion };
}
/** What to say about a Calico object netreach does not read. */
function calicoDiagnostic(kind, apiVersion) {
    if (kind === 'HostEndpoint') {
        return {
            code: 'UNSUPPORTED_POLICY',
            severity: 'warning',
            message: `${kind} (${apiVersion}): host endpoints and the policies that apply to them are not evaluated; pods are`,
            fix: 'nothing to fix; read traffic to and from nodes as not evaluated',
        };
    }
    if (kind.endsWith('NetworkPolicy')) {
        return {
            code: 'UNSUPPORTED_POLICY',
            severity: 'error',
            message: `${kind} (${apiVersion}) is a Calico kind netreach does not evaluate, so the verdict ignores it and may be wrong for the pods it selects`,
            fix: 'read the verdict as incomplete for the pods this policy selects; remove it from the given paths to silence this',
        };
    }
    return undefined;
}
/** A policy kind of another API group than the one netreach reads (`NetworkPolicy` of cilium.io). */
function foreignPolicy(kind, apiVersion) {
    return {
        code: 'UNSUPPORTED_POLICY',
        severity: 'error',
        message: `${kind} (${apiVersion}) belongs to the API group ${groupOf(apiVersion)}, not to the one netreach reads for ${kind} (${(ownValue(KNOWN_KINDS, kind) ?? []).join(', ')}); it is not evaluated, so the verdict ignores it`,
        fix: 'read the verdict as incomplete for the pods this policy selects; remove it from the given paths to silence this',
    };
}

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function js_yaml_build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = js_yaml_build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = js_yaml_build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = js_yaml_build(state, objectKey);
		if (key === INVALID) continue;
		const value = js_yaml_build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = js_yaml_build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function js_yaml_hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && js_yaml_hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!js_yaml_hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !js_yaml_hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!js_yaml_hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function js_yaml_setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = js_yaml_setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = js_yaml_setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = js_yaml_setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = js_yaml_setBit(js_yaml_setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/manifests/go-yaml-schema.ts
// The YAML schema netreach reads manifests with: YAML 1.2 core, except integers, which it reads
// as go-yaml does (kubectl through sigs.k8s.io/yaml, and kustomize through kyaml, agree on them).
// Booleans stay YAML 1.2 (`yes` is a string): there the Go tools disagree, see yaml-1-1-booleans.ts.
// Merge keys (`<<: *anchor`) are resolved, as go-yaml (v2 and v3) does for kubectl and kustomize.

// go-yaml (v2 resolve.go and v3 alike) strips `_` from a plain scalar that starts like a number
// and tries strconv.ParseInt(s, 0, 64): a leading `0` means octal (`0700` is 448, where YAML 1.2
// reads 700), and `0x`, `0o`, `0b` prefixes carry a sign. Checked with `kubectl annotate --local
// -o json` and `kubectl kustomize`: `containerPort: 0700` becomes 448, `8_080` becomes 8080.
// Anything else (`0800`, `1e3`) is left to the float tag, which reads it as both do (800, 1000).
const GO_INTEGER = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const goIntTag = defineScalarTag('tag:yaml.org,2002:int', {
    implicit: true,
    implicitFirstChars: ['-', '+', ...'0123456789'],
    resolve: (source, isExplicit, tagName) => {
        const match = GO_INTEGER.exec(source.replace(/_/g, ''));
        if (match === null)
            return isExplicit ? intCoreTag.resolve(source, isExplicit, tagName) : NOT_RESOLVED;
        const [, sign, digits] = match;
        const prefix = digits.slice(0, 2).toLowerCase();
        const [body, radix] = prefix === '0x'
            ? [digits.slice(2), 16]
            : prefix === '0o'
                ? [digits.slice(2), 8]
                : prefix === '0b'
                    ? [digits.slice(2), 2]
                    : digits.length > 1 && digits[0] === '0'
                        ? [digits.slice(1), 8]
                        : [digits, 10];
        const value = (sign === '-' ? -1 : 1) * parseInt(body, radix);
        return Number.isFinite(value) ? value : NOT_RESOLVED;
    },
    identify: intCoreTag.identify,
    represent: intCoreTag.represent,
});
// go-yaml resolves `<<` as a merge key in every mapping (resolve.go's `<<` → !!merge): keys
// written in the mapping win over merged ones, and among merged mappings the first wins.
const GO_YAML_SCHEMA = CORE_SCHEMA.withTags(goIntTag, mergeTag);

;// CONCATENATED MODULE: ./src/manifests/go-yaml-whitespace.ts
// Reads the whitespace of a YAML text as go-yaml does (the parser of kubectl, through
// sigs.k8s.io/yaml, and of kustomize, through kyaml) where js-yaml reads it differently. A line
// scanner, not a YAML parser: it follows flow depth, quotes, comments and block scalars only.
//
// What go-yaml does, checked with kubectl 1.32 and kustomize 5.5 (the corpus is described in
// test/manifests/go-yaml-whitespace.test.ts):
// - inside flow collections a tab separates tokens like a space (`args: [ "a",\t"b" ]`), also at
//   the start of a line, and a flow content line may be indented less than its parent: js-yaml
//   refuses both ("deficient indentation"). Only a tab that would continue a plain scalar onto
//   a new line is refused by go-yaml too ("found a tab character that violates indentation");
// - outside flow collections a tab in the indentation of a line is refused, even on a blank or
//   comment line, where js-yaml accepts it;
// - a directive (`%YAML`, `%TAG`) is refused: kubectl splits it from its document at `---`
//   ("did not find expected <document start>"), and so does kustomize;
// - a multi-line quoted scalar may go on at any indentation, with tabs: both fold it away.
// Tabs stay content inside quoted and block scalars and between the words of a plain scalar.
/** Characters that indenting flow lines may add to a text before netreach gives up on it. */
const MAX_ADDED = 1 << 20;
function readGoYamlWhitespace(text) {
    const state = {
        flow: 0,
        openColumn: 0,
        quote: undefined,
        plain: false,
        expectToken: false,
        blockScalarParent: undefined,
        blockScalarIndent: undefined,
        afterDocumentEnd: false,
        rewrite: true,
    };
    const refusals = [];
    // Indenting continuation lines adds characters: hostile input (a bracket far to the right,
    // then many short lines) must not make the text grow without bound.
    let rewritten = [];
    let changed = false;
    let added = 0;
    let offset = 0;
    for (const line of text.split('\n')) {
        const out = readLine(line, state, (reason) => refusals.push({ offset, reason }));
        offset += line.length + 1;
        if (rewritten === undefined)
            continue;
        added += out.length - line.length;
        if (added > MAX_ADDED) {
            rewritten = undefined;
            state.rewrite = false;
            continue;
        }
        if (out !== line)
            changed = true;
        rewritten.push(out);
    }
    return { flowText: rewritten !== undefined && changed ? rewritten.join('\n') : undefined, refusals };
}
/** One line: returns it as js-yaml should read it. */
function readLine(line, state, refuse) {
    const lead = /^[ \t]*/.exec(line)[0];
    const rest = line.slice(lead.length);
    const blank = /^\r?$/.test(rest);
    if (state.blockScalarParent !== undefined) {
        // A block scalar's indentation is made of spaces; a tab after it is content, a tab within
        // it is refused ("found a tab character where an indentation space is expected").
        const spaces = /^ */.exec(line)[0].length;
        if (blank || spaces > state.blockScalarParent) {
            if (!blank)
                state.blockScalarIndent ??= spaces;
            if (lead.includes('\t') && spaces < (state.blockScalarIndent ?? Infinity))
                refuse('tab-indent');
            return line;
        }
        state.blockScalarParent = undefined;
        state.blockScalarIndent = undefined;
    }
    if (state.quote !== undefined) {
        // Continuation of a quoted scalar: its leading whitespace is folded away, so it may change.
        const newLead = continuationLead(lead, state, blank);
        return state.flow > 0 ? newLead + scanFlow(rest, state) : newLead + scanBlock(rest, newLead.length, state, false);
    }
    if (state.flow > 0) {
        // go-yaml refuses a tab that would continue a plain scalar: leave the line for js-yaml to refuse.
        if (state.plain && lead.includes('\t'))
            return line;
        return continuationLead(lead, state, blank) + scanFlow(rest, state);
    }
    if (/^\.\.\.(?:[ \t#\r]|$)/.test(line))
        state.afterDocumentEnd = true;
    else if (!blank)
        state.afterDocumentEnd = false;
    if (lead.includes('\t') && !(blank && state.afterDocumentEnd))
        refuse('tab-indent');
    if (lead === '' && rest.startsWith('%'))
        refuse('directive');
    return lead + scanBlock(rest, lead.length, state);
}
function continuationLead(lead, state, blank) {
    if (blank || !state.rewrite)
        return lead.replace(/\t/g, ' ');
    return ' '.repeat(Math.max(lead.length, state.openColumn + 1));
}
const isSpace = (c) => c === ' ' || c === '\t';
const ends = (c) => c === undefined || c === ' ' || c === '\t' || c === '\r';
/** Block context: finds where a flow collection, a quoted scalar or a block scalar starts.
 * `indent` is the column of `rest`'s first character. */
function scanBlock(rest, indent, state, nodeStart = true) {
    for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (state.quote !== undefined) {
            i = skipQuoted(rest, i, state);
            nodeStart = false;
            continue;
        }
        if (c === '#' && (i === 0 || isSpace(rest[i - 1])))
            return rest;
        if (nodeStart) {
            if (isSpace(c))
                continue;
            if (c === '"' || c === "'") {
                state.quote = c;
                state.openColumn = indent + i;
                nodeStart = false;
                continue;
            }
            if (c === '[' || c === '{') {
                state.flow = 1;
                state.openColumn = indent + i;
                state.expectToken = true;
                state.plain = false;
                return rest.slice(0, i + 1) + scanFlow(rest.slice(i + 1), state);
            }
            if ((c === '|' || c === '>') && /^[|>][0-9+-]*[ \t]*(#.*)?\r?$/.test(rest.slice(i))) {
                state.blockScalarParent = indent;
                return rest;
            }
            if ((c === '-' || c === '?') && ends(rest[i + 1]))
                continue;
            if (c === '&' || c === '!') {
                while (i + 1 < rest.length && !isSpace(rest[i + 1]))
                    i++;
                continue;
            }
            if (rest.startsWith('---', i) && ends(rest[i + 3])) {
                i += 2;
                continue;
            }
            nodeStart = false;
        }
        if (c === ':' && ends(rest[i + 1]))
            nodeStart = true;
    }
    return rest;
}
/** Index of the last character read of a quoted scalar that starts or goes on at `i`. */
function skipQuoted(rest, i, state) {
    for (let j = i; j < rest.length; j++) {
        const c = rest[j];
        if (state.quote === '"' && c === '\\') {
            j++;
            continue;
        }
        if (c !== state.quote)
            continue;
        if (state.quote === "'" && rest[j + 1] === "'") {
            j++;
            continue;
        }
        state.quote = undefined;
        return j;
    }
    return rest.length;
}
/** Flow context: turns separating tabs into spaces, and follows the collection to its end. */
function scanFlow(rest, state) {
    const out = rest.split('');
    for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (state.flow === 0)
            return out.slice(0, i).join('') + scanBlock(rest.slice(i), state.openColumn, state, false);
        if (state.quote !== undefined) {
            i = skipQuoted(rest, i, state);
            state.expectToken = false;
            continue;
        }
        if (isSpace(c)) {
            let j = i;
            while (isSpace(rest[j]))
                j++;
            // Whitespace inside a plain scalar (`a\tb`) is content; around tokens it separates.
            if (!state.plain || endsPlain(rest, j))
                for (let k = i; k < j; k++)
                    out[k] = ' ';
            i = j - 1;
            continue;
        }
        if (c === '#' && (i === 0 || isSpace(rest[i - 1]))) {
            state.plain = false;
            break;
        }
        if (!state.plain && (c === '"' || c === "'")) {
            state.quote = c;
            continue;
        }
        if (c === '[' || c === '{') {
            state.flow++;
            state.expectToken = true;
            state.plain = false;
        }
        else if (c === ']' || c === '}') {
            state.flow--;
            state.plain = false;
            state.expectToken = false;
        }
        else if (c === ',' ||
            (c === ':' && (ends(rest[i + 1]) || ',[]{}'.includes(rest[i + 1]) || !state.plain))) {
            state.plain = false;
            state.expectToken = true;
        }
        else if (!(c === '?' && state.expectToken && ends(rest[i + 1])) && c !== '\r') {
            state.plain = true;
            state.expectToken = false;
        }
    }
    return out.join('');
}
/** Whether a plain scalar ends at `j` (after whitespace): at a flow indicator, a comment or the line end. */
function endsPlain(rest, j) {
    const c = rest[j];
    return (c === undefined ||
        c === '\r' ||
        c === '#' ||
        c === ',' ||
        c === ']' ||
        c === '}' ||
        (c === ':' && ends(rest[j + 1])));
}

;// CONCATENATED MODULE: ./src/manifests/line-index.ts
// Maps character offsets of a text to 1-based line numbers.
function createLineIndex(text) {
    let starts;
    return (offset) => {
        if (starts === undefined) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}

;// CONCATENATED MODULE: ./src/manifests/yaml-1-1-booleans.ts
// Finds the unquoted `yes`, `no`, `on`, `off`, `y`, `n` (any case form) that YAML 1.1 reads as
// booleans, where netreach reads them: label keys and values, selector values, object names.
// kubectl decodes with go-yaml v2 (YAML 1.1): a boolean label value makes it refuse the object
// ("cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string") and
// a boolean key becomes "true"/"false". kustomize (go-yaml v3, YAML 1.2) and netreach read the
// string. The Go tools disagree, so netreach keeps the string and says so.

const YAML_1_1_BOOLEAN = /^(?:y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF)$/;
const FALSE = /^(?:n|N|no|No|NO|off|Off|OFF)$/;
/** A cheap test before walking the events. */
const MAY_HOLD = /(?:^|[\s:,[{-])(?:y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF)(?=$|[\s,\]}:#])/m;
/** Mappings from label key to label value. */
const LABEL_MAPS = new Set(['labels', 'matchLabels', 'selector', 'nodeSelector']);
function findYaml11Booleans(events, text) {
    if (!MAY_HOLD.test(text))
        return [];
    const found = [];
    const stack = [];
    for (const event of events) {
        if (event.type === EVENT_ID.POP) {
            const done = stack.pop();
            if (done !== undefined && done.kind !== 'document')
                afterNode(stack.at(-1));
            continue;
        }
        if (event.type === EVENT_ID.DOCUMENT) {
            stack.push({ kind: 'document', path: [], awaitingKey: false, index: 0 });
            continue;
        }
        const parent = stack.at(-1);
        const isKey = parent?.kind === 'mapping' && parent.awaitingKey;
        const path = pathOf(parent);
        if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
            if (isKey)
                parent.key = -1; // a complex key: nothing netreach reads sits below it
            stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', path, awaitingKey: true, index: 0 });
            continue;
        }
        if (event.type === EVENT_ID.SCALAR) {
            const value = getScalarValue(text, event);
            const field = event.style === SCALAR_STYLE.PLAIN && YAML_1_1_BOOLEAN.test(value) ? fieldRead(parent, isKey) : undefined;
            if (field !== undefined)
                found.push({ offset: event.valueStart, text: value, value: !FALSE.test(value), isKey, field });
            if (isKey) {
                parent.key = value;
                parent.awaitingKey = false;
                continue;
            }
        }
        afterNode(parent);
    }
    return found;
}
function pathOf(parent) {
    if (parent === undefined || parent.kind === 'document')
        return [];
    if (parent.kind === 'sequence')
        return [...parent.path, parent.index];
    return parent.awaitingKey ? parent.path : [...parent.path, parent.key ?? ''];
}
function afterNode(parent) {
    if (parent === undefined)
        return;
    if (parent.kind === 'sequence')
        parent.index++;
    else if (parent.kind === 'mapping') {
        if (parent.awaitingKey)
            parent.awaitingKey = false; // the complex key is done; its value comes
        else {
            parent.awaitingKey = true;
            parent.key = undefined;
        }
    }
}
/** The field, where netreach reads the scalar: a key or value of a label map, a matchExpressions
 * key or value, metadata.name or metadata.namespace; undefined elsewhere. */
function fieldRead(parent, isKey) {
    if (parent === undefined || parent.kind === 'document')
        return undefined;
    const at = (i) => parent.path[parent.path.length - i];
    if (parent.kind === 'sequence')
        return at(1) === 'values' && at(3) === 'matchExpressions' ? 'matchExpressions values' : undefined;
    if (LABEL_MAPS.has(String(at(1))))
        return `${String(at(1))} ${isKey ? 'key' : 'value'}`;
    if (isKey)
        return undefined;
    if (at(1) === 'metadata' && (parent.key === 'name' || parent.key === 'namespace'))
        return `metadata.${parent.key}`;
    return parent.key === 'key' && at(2) === 'matchExpressions' ? 'matchExpressions key' : undefined;
}

;// CONCATENATED MODULE: ./src/manifests/parse-documents.ts
// Parses the text of one manifest file into documents that keep their lines. Owns YAML safety
// (alias and depth limits), error recovery (a broken document does not take its file's other
// documents with it) and reading YAML as kubectl does. Knows nothing of Kubernetes kinds.





/** Aliases per document. Manifests rarely use any; an alias bomb uses many. */
const MAX_ALIASES = 50;
/** Nesting depth of collections. */
const MAX_DEPTH = 64;
/**
 * Returns a parser that parses each distinct text once: base and head share most files, and
 * parsing dominates the run time on large repositories.
 */
function createDocumentParser(options) {
    const cache = new Map();
    return (file) => {
        let parsed = cache.get(file.text);
        if (parsed === undefined) {
            parsed = parse_documents_parseText(file.text, options);
            cache.set(file.text, parsed);
        }
        return {
            documents: parsed.documents.map((d) => ({ file: file.path, line: d.line, value: d.value, lineOf: d.locate })),
            diagnostics: fileDiagnostics(file.path, parsed.problems),
        };
    };
}
/** One diagnostic per problem, except the YAML 1.1 booleans of a file: one in all, at the first. */
function fileDiagnostics(file, problems) {
    const ambiguous = problems.flatMap((p) => (p.code === 'YAML_AMBIGUOUS_VALUE' ? [p] : []));
    const others = problems.flatMap((p) => (p.code === 'YAML_AMBIGUOUS_VALUE' ? [] : [yamlDiagnostic(file, p)]));
    const first = ambiguous[0];
    return first === undefined ? others : [...others, ambiguousValues(file, first, ambiguous.slice(1))];
}
function ambiguousValues(file, first, more) {
    const { text, value, isKey, field } = first.found;
    const lines = more
        .slice(0, 10)
        .map((p) => p.line)
        .join(', ') + (more.length > 10 ? ', …' : '');
    return {
        file,
        line: first.line,
        code: 'YAML_AMBIGUOUS_VALUE',
        severity: 'warning',
        message: (isKey
            ? `the unquoted ${field} ${text} is the string "${text}" for netreach and kustomize (YAML 1.2) but "${value}" for kubectl apply (YAML 1.1); netreach used "${text}"`
            : `the unquoted ${field} ${text} is the string "${text}" for netreach and kustomize (YAML 1.2) but the boolean ${value} for kubectl apply (YAML 1.1), which then refuses the object; netreach used "${text}"`) +
            (more.length > 0
                ? `; the same holds for ${more.length} more unquoted yes/no/on/off/y/n in this file (lines ${lines})`
                : ''),
        fix: 'quote them ("y", "yes", "on"…), so that every tool reads the same string',
    };
}
function yamlDiagnostic(file, p) {
    const at = { file, line: p.line };
    if (p.code === 'YAML_ALIAS_LIMIT') {
        return {
            ...at,
            code: p.code,
            severity: 'error',
            message: `the document uses more than ${MAX_ALIASES} YAML aliases; it was not evaluated`,
            fix: 'write the document out without anchors and aliases (kubectl and kustomize output never needs them)',
        };
    }
    return {
        ...at,
        code: p.code,
        severity: 'error',
        message: `YAML syntax error: ${p.reason}; the document was not evaluated`,
        fix: syntaxFix(p.reason),
    };
}
/** Says that kubectl refuses the document too only where that was checked with kubectl (see
 * test/manifests/parse-documents.test.ts); otherwise it says how to ask kubectl. */
function syntaxFix(reason) {
    if (/duplicated mapping key/.test(reason)) {
        return 'keep one of the two keys: kubectl apply refuses duplicate fields too (with its default --validate=strict), and so does kustomize';
    }
    if (/^a directive/.test(reason))
        return 'remove the directive line: kubectl and kustomize refuse it too';
    if (/tab/.test(reason) && /indentation/.test(reason)) {
        return 'indent with spaces, and leave no tab at the start of a line outside [ ] and { } (blank and comment lines too): kubectl and kustomize refuse it too';
    }
    return 'fix the YAML at this line; `kubectl apply --dry-run=client -f FILE` shows whether kubectl reads the file';
}
function parse_documents_parseText(text, options) {
    const lineOf = createLineIndex(text);
    // Only a text with a tab or a directive can hold what go-yaml reads differently.
    const whitespace = text.includes('\t') || /^%/m.test(text) ? readGoYamlWhitespace(text) : undefined;
    if (whitespace === undefined || whitespace.refusals.length === 0) {
        try {
            return documentsOf(text, lineOf, options);
        }
        catch (error) {
            if (!(error instanceof YAMLException))
                throw error;
        }
    }
    // Recover document by document: a `---` line always ends a document in YAML 1.2.
    const documents = [];
    const problems = [];
    const refusals = whitespace?.refusals ?? [];
    let next = 0; // refusals are in text order, like chunks
    for (const chunk of splitDocuments(text)) {
        const chunkLine = (offset) => lineOf(chunk.offset + offset);
        while ((refusals[next]?.offset ?? Infinity) < chunk.offset)
            next++;
        const refusal = refusals[next];
        if (refusal !== undefined && refusal.offset < chunk.offset + chunk.text.length) {
            problems.push(refusalProblem(refusal, lineOf(refusal.offset)));
            continue;
        }
        try {
            const parsed = documentsOf(chunk.text, chunkLine, options);
            for (const item of parsed.documents)
                documents.push(item);
            for (const item of parsed.problems)
                problems.push(item);
        }
        catch (error) {
            if (!(error instanceof YAMLException))
                throw error;
            const read = readAsGoYaml(chunk, lineOf, options);
            if (read !== undefined) {
                for (const item of read.documents)
                    documents.push(item);
                for (const item of read.problems)
                    problems.push(item);
                continue;
            }
            const line = chunkLine(0) + (error.mark ? error.mark.line : 0);
            problems.push(/maxAliases/.test(error.reason)
                ? { line, code: 'YAML_ALIAS_LIMIT' }
                : { line, code: 'YAML_SYNTAX', reason: error.reason });
        }
    }
    return { documents, problems };
}
function refusalProblem(refusal, line) {
    const reason = refusal.reason === 'tab-indent'
        ? 'a tab in the indentation of this line (kubectl and kustomize refuse it: "found a tab character that violates indentation")'
        : 'a directive (%YAML, %TAG): kubectl and kustomize read documents without directives';
    return { line, code: 'YAML_SYNTAX', reason };
}
/** A document js-yaml refused, read again with go-yaml's whitespace rules; undefined if still refused. */
function readAsGoYaml(chunk, lineOf, options) {
    const flowText = readGoYamlWhitespace(chunk.text).flowText;
    if (flowText === undefined)
        return undefined;
    // The same lines, with offsets moved: count lines in the rewritten text.
    const first = lineOf(chunk.offset) - 1;
    const local = createLineIndex(flowText);
    try {
        return documentsOf(flowText, (offset) => first + local(offset), options);
    }
    catch (error) {
        if (!(error instanceof YAMLException))
            throw error;
        return undefined;
    }
}
function splitDocuments(text) {
    const chunks = [];
    const marker = /^---(?=[ \t\r\n]|$)/gm;
    let start = 0;
    for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
        // Directives (and comments before them) belong to the document their `---` starts.
        if (m.index > start &&
            !text
                .slice(start, m.index)
                .split('\n')
                .every((line) => /^\s*(?:[%#]|$)/.test(line))) {
            chunks.push({ text: text.slice(start, m.index), offset: start });
            start = m.index;
        }
    }
    chunks.push({ text: text.slice(start), offset: start });
    return chunks;
}
/** `lineAt` maps an offset in `text` to its line in the file. */
function documentsOf(text, lineAt, options) {
    const events = parseEvents(text, { maxDepth: MAX_DEPTH });
    const values = constructFromEvents(events, { source: text, schema: GO_YAML_SCHEMA, maxAliases: MAX_ALIASES });
    const documents = [];
    let index = 0;
    let docNumber = 0;
    while (index < events.length) {
        // events[index] is a DOCUMENT; its content node follows; a POP closes it.
        const contentStart = index + 1;
        const end = skipNode(events, contentStart);
        const value = values[docNumber++];
        index = end + 1;
        if (value === null || value === undefined)
            continue;
        const first = startOffset(events[contentStart]);
        const line = lineAt(Math.max(first, 0));
        let locate = () => line;
        if (options.keepPositions(value)) {
            const own = events.slice(contentStart, end);
            locate = (path) => {
                const found = findOffset(own, text, path);
                return found < 0 ? line : lineAt(found);
            };
        }
        documents.push({ line, value, locate });
    }
    const problems = findYaml11Booleans(events, text).map((found) => ({
        line: lineAt(found.offset),
        code: 'YAML_AMBIGUOUS_VALUE',
        found,
    }));
    return { documents, problems };
}
function startOffset(event) {
    switch (event.type) {
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE:
            return event.anchorStart >= 0 ? Math.min(event.anchorStart, event.start) : event.start;
        case EVENT_ID.SCALAR:
            return event.valueStart;
        case EVENT_ID.ALIAS:
            return event.anchorStart;
        default:
            return -1;
    }
}
/** Index just past the node that starts at `index`. */
function skipNode(events, index) {
    const event = events[index];
    if (event === undefined)
        return index;
    if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE)
        return index + 1;
    let depth = 0;
    for (let i = index; i < events.length; i++) {
        const type = events[i].type;
        if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE)
            depth++;
        else if (type === EVENT_ID.POP && --depth === 0)
            return i + 1;
    }
    return events.length;
}
/** Offset of the node at `path` (or of its deepest existing ancestor; -1 for none). */
function findOffset(events, text, path) {
    let index = 0;
    let found = startOffset(events[0]);
    for (const step of path) {
        const node = events[index];
        if (node === undefined)
            return found;
        let child = -1;
        let at = -1;
        if (node.type === EVENT_ID.MAPPING && typeof step === 'string') {
            for (let i = index + 1; i < events.length && events[i].type !== EVENT_ID.POP;) {
                const key = events[i];
                const valueIndex = skipNode(events, i);
                if (key.type === EVENT_ID.SCALAR && getScalarValue(text, key) === step) {
                    // A mapping value is placed at its key: `spec:` rather than the line below it.
                    child = valueIndex;
                    at = key.valueStart;
                    break;
                }
                i = skipNode(events, valueIndex);
            }
        }
        else if (node.type === EVENT_ID.SEQUENCE && typeof step === 'number') {
            let i = index + 1;
            for (let n = 0; n < step && i < events.length && events[i].type !== EVENT_ID.POP; n++)
                i = skipNode(events, i);
            if (i < events.length && events[i].type !== EVENT_ID.POP) {
                child = i;
                at = startOffset(events[i]);
            }
        }
        if (child < 0)
            return found;
        index = child;
        if (at >= 0)
            found = at;
    }
    return found;
}

;// CONCATENATED MODULE: external "node:path/posix"
const posix_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");
var posix_default = /*#__PURE__*/__nccwpck_require__.n(posix_namespaceObject);
;// CONCATENATED MODULE: ./src/manifests/relevance.ts
// Whether a file's text can affect reachability, judged without parsing it: does it declare a
// kind that netreach reads (or a policy kind it reports)? Used to skip pull requests that touch
// no policy, namespace or workload manifest, within seconds.

const POLICY_KINDS = [
    'CiliumNetworkPolicy',
    'CiliumClusterwideNetworkPolicy',
    'AdminNetworkPolicy',
    'BaselineAdminNetworkPolicy',
    'ClusterNetworkPolicy',
    'GlobalNetworkPolicy',
];
// Calico's kinds too: a change of a Tier's order or a network set's nets changes verdicts.
const KINDS = [...Object.keys(KNOWN_KINDS), ...POLICY_KINDS, ...CALICO_READ_KINDS].join('|');
// `kind: Deployment`, `"kind": "Deployment"`, `kind: "List"`, `kind: DeploymentList`, in YAML or JSON.
const KIND_LINE = new RegExp(`["']?kind["']?\\s*:\\s*["']?(?:${KINDS}|\\w*List)["']?\\s*(?:[,}#]|$)`, 'm');
function mayAffectReachability(text) {
    return KIND_LINE.test(text);
}

;// CONCATENATED MODULE: ./src/manifests/helm-charts.ts
// Sets aside what only a template engine can turn into manifests: Helm charts (a directory
// holding Chart.yaml, with everything under it) and Go-templated files outside charts. They are
// reported once each, with how to render them first, instead of as dozens of YAML errors.
// Rendering them (which runs the chart's code) is left to an earlier step of the user's workflow.


/**
 * Everything under a chart's directory is set aside, not only templates/: values*.yaml and
 * Chart.yaml are not manifests, charts/ holds subcharts that `helm template` renders with their
 * parent (they get no warning of their own), and crds/ holds CustomResourceDefinitions, which
 * netreach does not read; `helm template --include-crds` renders those too.
 */
function setAsideTemplates(files) {
    const roots = chartRoots(files);
    const inChart = new Map(roots.map((root) => [root, []]));
    const kept = [];
    const diagnostics = [];
    for (const file of files) {
        const root = roots.find((r) => r === '' || file.path.startsWith(`${r}/`));
        if (root !== undefined)
            inChart.get(root).push(file);
        else {
            const line = templateLine(file.text);
            if (line > 0)
                diagnostics.push(templatedFile(file, line));
            else
                kept.push(file);
        }
    }
    const charts = [...inChart].map(([root, chartFiles]) => helmChart(root, chartFiles));
    return { files: kept, diagnostics: [...charts, ...diagnostics] };
}
/** Directories holding a Chart.yaml, outermost only ('' for the top of what was read). */
function chartRoots(files) {
    const all = files
        .filter((f) => posix_default().basename(f.path) === 'Chart.yaml')
        .map((f) => (posix_default().dirname(f.path) === '.' ? '' : posix_default().dirname(f.path)));
    const inside = (dir, root) => root === '' || dir.startsWith(`${root}/`);
    return [...new Set(all)].filter((dir) => !all.some((other) => other !== dir && inside(dir, other))).sort();
}
function helmChart(root, chartFiles) {
    const chartYaml = root === '' ? 'Chart.yaml' : `${root}/Chart.yaml`;
    const name = /^name:\s*["']?([\w.-]+)/m.exec(chartFiles.find((f) => f.path === chartYaml)?.text ?? '')?.[1] ??
        (posix_default().basename(root) || 'chart');
    const templates = chartFiles.filter((f) => /(^|\/)templates\//.test(f.path));
    // The verdict misses what the chart deploys: error when its templates hold workloads or policies.
    const matters = templates.some((f) => mayAffectReachability(f.text));
    const dir = root === '' ? '.' : root;
    return {
        code: 'HELM_CHART',
        severity: matters ? 'error' : 'warning',
        file: chartYaml,
        line: 0,
        message: `${dir} is the Helm chart ${name}: its ${chartFiles.length} files (${templates.length} templates) are not manifests until Helm renders them, so they were not evaluated${matters ? ', and the verdict misses the workloads and policies the chart deploys' : ''}`,
        fix: `render the chart in an earlier step for both revisions, e.g. \`helm template ${name} ${dir} --namespace NAMESPACE -f VALUES > rendered/${name}.yaml\`, then give netreach the rendered files (action: source: dirs with base-dir and head-dir; CLI: netreach diff BASE_RENDERED HEAD_RENDERED), or leave the chart out with exclude-paths`,
    };
}
function templatedFile(file, line) {
    return {
        code: 'TEMPLATED_FILE',
        severity: mayAffectReachability(file.text) ? 'error' : 'warning',
        file: file.path,
        line,
        message: 'the file is a template ({{ … }}), not a manifest, so it was not evaluated',
        fix: 'render it in an earlier step (helm template, or the tool that owns the template) and give netreach the rendered file, or leave it out with exclude-paths',
    };
}
/** A line that is a template action of its own: `{{- if .Values.x }}`, `{{ include "x" . | nindent 4 }}`. */
const TEMPLATE_ACTION = /^\s*\{\{-?\s*(?:if|else|end|range|with|define|template|include|toYaml|tpl|block|\/\*|\.[A-Z]\w*|\$\w*\s*:?=)[\s}(.-]/;
/** A node that starts with a template: `name: {{ .Release.Name }}`, `- {{ .Values.host }}`. */
const TEMPLATED_NODE = /(?::|^\s*-)\s+\{\{/;
/** A line whose value is a block scalar (`key: |`, `- >-`). */
const BLOCK_SCALAR = /(?:^|[:-]\s)\s*[|>][0-9+-]*\s*$/;
/**
 * The first line (1-based) that makes the file a Go template, or 0. `{{` inside a quoted string
 * or a block scalar is valid YAML (Prometheus rules and Argo Workflows use it), so only templates
 * where YAML syntax is expected count: an action on a line of its own, or a node starting with `{{`.
 */
function templateLine(text) {
    if (!text.includes('{{'))
        return 0;
    const lines = text.split('\n');
    let blockParent;
    for (let i = 0; i < lines.length; i++) {
        const code = uncommented(lines[i]);
        const indent = /^ */.exec(code)[0].length;
        if (blockParent !== undefined && (code.trim() === '' || indent > blockParent))
            continue;
        blockParent = BLOCK_SCALAR.test(code) ? indent : undefined;
        if (TEMPLATE_ACTION.test(code) || TEMPLATED_NODE.test(code))
            return i + 1;
    }
    return 0;
}
/** The line without a YAML comment (a `#` at its start or after whitespace). */
function uncommented(line) {
    const hash = /(^|\s)#/.exec(line);
    return hash === null ? line : line.slice(0, hash.index);
}

;// CONCATENATED MODULE: ./src/manifests/services.ts


function readServices(objects, defaultNamespace) {
    const services = [];
    const diagnostics = [];
    for (const object of objects) {
        if (object.kind !== 'Service')
            continue;
        const source = { file: object.document.file, line: object.line };
        const metadata = isRecord(object.value.metadata) ? object.value.metadata : {};
        const spec = isRecord(object.value.spec) ? object.value.spec : {};
        const labels = readLabels(metadata.labels);
        const selector = spec.selector === undefined || spec.selector === null ? undefined : readLabels(spec.selector);
        if (typeof labels === 'string' || typeof selector === 'string') {
            diagnostics.push({
                code: 'INVALID_FIELD',
                severity: 'error',
                ...source,
                message: `Service ${object.name}: ${typeof labels === 'string' ? labels : selector}; the Service was skipped`,
                fix: 'quote label values',
            });
            continue;
        }
        const picked = selector === undefined || Object.keys(selector).length === 0 ? undefined : selector;
        services.push({
            namespace: object.namespace ?? defaultNamespace,
            name: object.name,
            labels,
            selector: picked,
            ports: servicePorts(spec.ports),
            source,
        });
    }
    return { services, diagnostics };
}
const services_PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP']);
/** `spec.ports` entries with a valid port (others say nothing about reachability and are left
 * out: the API server would refuse them, and the schema check reports unknown fields). */
function servicePorts(value) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    for (const entry of value) {
        if (!isRecord(entry) || typeof entry.port !== 'number' || !Number.isInteger(entry.port))
            continue;
        const protocol = typeof entry.protocol === 'string' && services_PROTOCOLS.has(entry.protocol) ? entry.protocol : 'TCP';
        const target = typeof entry.targetPort === 'number' || typeof entry.targetPort === 'string' ? entry.targetPort : undefined;
        out.push({
            ...(typeof entry.name === 'string' ? { name: entry.name } : {}),
            port: entry.port,
            ...(target === undefined ? {} : { targetPort: target }),
            protocol,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/manifests/workloads.ts




function isWorkloadKind(kind) {
    return Object.hasOwn(TEMPLATE_PATHS, kind);
}
function readWorkloads(objects, defaultNamespace) {
    const diagnostics = [];
    const drafts = new Map();
    const renderedAgain = [];
    for (const object of objects) {
        if (!isWorkloadKind(object.kind))
            continue;
        const draft = readDraft(object, object.kind, defaultNamespace);
        if (typeof draft === 'string') {
            diagnostics.push({
                code: 'INVALID_FIELD',
                severity: 'error',
                file: object.document.file,
                line: object.line,
                message: `${object.kind} ${object.name}: ${draft}; the workload was skipped`,
                fix: 'fix the field (kubectl apply --dry-run=server would reject it too)',
            });
            continue;
        }
        const problems = workloadProblems(object.kind, object.value);
        for (const problem of problems) {
            diagnostics.push({
                code: 'INVALID_WORKLOAD',
                severity: 'error',
                file: object.document.file,
                line: object.document.lineOf([...object.path, ...problem.path]),
                message: `${object.kind} ${object.name}: ${problem.message}; the workload was skipped`,
                fix: problem.fix,
            });
        }
        if (problems.length > 0)
            continue;
        const key = workloads_workloadKey(draft.workload.namespace, draft.workload.kind, draft.workload.name);
        const earlier = drafts.get(key);
        const w = draft.workload;
        if (earlier !== undefined && isSameSource(earlier.workload.source, w.source))
            renderedAgain.push({ what: `${w.kind} ${w.namespace}/${w.name}`, ...w.source });
        else if (earlier !== undefined)
            diagnostics.push(duplicate(w, earlier.workload));
        drafts.set(key, draft);
    }
    return { workloads: resolveOwners(drafts), diagnostics, renderedAgain };
}
function isSameSource(a, b) {
    return a.file === b.file && a.line === b.line;
}
function duplicate(later, earlier) {
    return {
        code: 'DUPLICATE_NAME',
        severity: 'warning',
        file: later.source.file,
        line: later.source.line,
        message: `${later.kind} ${later.namespace}/${later.name} is defined again (first at ${earlier.source.file}:${earlier.source.line}); the later definition is used, as kubectl apply would`,
        fix: 'keep one definition of each object',
    };
}
function workloads_workloadKey(namespace, kind, name) {
    return `${namespace}\u0000${kind}\u0000${name}`;
}
/** Pods, ReplicaSets and Jobs with a controller owner merge into the owner's workload. */
function resolveOwners(drafts) {
    const merged = new Map();
    const rootOf = (draft) => {
        let current = draft;
        let root = { kind: draft.workload.kind, name: draft.workload.name };
        for (let hops = 0; current.owner !== undefined && hops < 8; hops++) {
            root = current.owner;
            const next = drafts.get(workloads_workloadKey(draft.workload.namespace, root.kind, root.name));
            if (next === undefined)
                break;
            current = next;
        }
        return { key: workloads_workloadKey(draft.workload.namespace, root.kind, root.name), ...root };
    };
    for (const [key, draft] of drafts) {
        const root = draft.owner === undefined ? { key, kind: draft.workload.kind, name: draft.workload.name } : rootOf(draft);
        const existing = merged.get(root.key);
        const rootDraft = drafts.get(root.key);
        if (existing === undefined) {
            const base = rootDraft?.workload ?? { ...draft.workload, kind: root.kind, name: root.name };
            merged.set(root.key, { ...base, ips: unique([...base.ips, ...(rootDraft === draft ? [] : draft.workload.ips)]) });
        }
        else if (rootDraft !== draft) {
            merged.set(root.key, { ...existing, ips: unique([...existing.ips, ...draft.workload.ips]) });
        }
    }
    return [...merged.values()];
}
function unique(values) {
    return [...new Set(values)];
}
function readDraft(object, kind, defaultNamespace) {
    let template = object.value;
    for (const key of TEMPLATE_PATHS[kind])
        template = isRecord(template) ? template[key] : undefined;
    if (!isRecord(template))
        return `${TEMPLATE_PATHS[kind].join('.')} is missing`;
    const metadata = isRecord(template.metadata) ? template.metadata : {};
    const labels = readLabels(metadata.labels);
    if (typeof labels === 'string')
        return `${kind === 'Pod' ? 'metadata' : 'pod template'} ${labels}`;
    const spec = isRecord(template.spec) ? template.spec : {};
    const ports = readPorts(spec);
    if (typeof ports === 'string')
        return ports;
    const namespace = object.namespace ?? defaultNamespace;
    const workload = {
        namespace,
        name: object.name,
        kind,
        labels: labels,
        ports,
        hostNetwork: spec.hostNetwork === true,
        serviceAccount: typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== ''
            ? spec.serviceAccountName
            : typeof spec.serviceAccount === 'string' && spec.serviceAccount !== ''
                ? spec.serviceAccount
                : 'default',
        ips: kind === 'Pod' ? readPodIps(object.value.status) : [],
        source: { file: object.document.file, line: object.line },
    };
    return { workload, owner: readControllerOwner(object.value.metadata) };
}
function readPorts(spec) {
    const ports = [];
    for (const field of ['containers', 'initContainers']) {
        const containers = spec[field];
        if (!Array.isArray(containers))
            continue;
        for (const container of containers) {
            if (!isRecord(container) || !Array.isArray(container.ports))
                continue;
            for (const port of container.ports) {
                if (!isRecord(port))
                    return `a container port of ${field} is not a mapping`;
                const number = port.containerPort;
                if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 65535) {
                    return `containerPort ${JSON.stringify(number)} is not a port number from 1 to 65535`;
                }
                const protocol = port.protocol ?? 'TCP';
                if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
                    return `container port protocol ${JSON.stringify(protocol)} is not TCP, UDP or SCTP`;
                }
                const name = typeof port.name === 'string' && port.name !== '' ? port.name : undefined;
                ports.push(name === undefined ? { port: number, protocol: protocol } : { name, port: number, protocol: protocol });
            }
        }
    }
    return ports;
}
function readPodIps(status) {
    if (!isRecord(status))
        return [];
    const ips = new Set();
    if (typeof status.podIP === 'string' && status.podIP !== '')
        ips.add(status.podIP);
    if (Array.isArray(status.podIPs)) {
        for (const entry of status.podIPs)
            if (isRecord(entry) && typeof entry.ip === 'string')
                ips.add(entry.ip);
    }
    return [...ips];
}
function readControllerOwner(metadata) {
    if (!isRecord(metadata) || !Array.isArray(metadata.ownerReferences))
        return undefined;
    for (const ref of metadata.ownerReferences) {
        if (isRecord(ref) &&
            ref.controller === true &&
            typeof ref.kind === 'string' &&
            typeof ref.name === 'string' &&
            isWorkloadKind(ref.kind) &&
            isDnsSubdomain(ref.name)) {
            return { kind: ref.kind, name: ref.name };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/policies/rejection.ts
class Rejection extends Error {
    code;
    path;
    fix;
    constructor(code, 
    /** Path of the field at fault, inside the object. */
    path, message, fix) {
        super(message);
        this.code = code;
        this.path = path;
        this.fix = fix;
    }
}
/** The error diagnostic for a rejection of the object `what`; anything else is a bug and is
 * thrown on. */
function rejectionDiagnostic(error, what, file, at, by = 'the API server') {
    if (!(error instanceof Rejection))
        throw error;
    return {
        code: error.code,
        severity: 'error',
        file,
        line: at(error.path),
        message: `${what}: ${error.message}; ${by} would reject it, so it was not evaluated`,
        fix: error.fix,
    };
}

;// CONCATENATED MODULE: ./src/policies/patched-rule.ts
/** `path` is the rule's path in the object (`['spec', 'ingress', 1]`). */
function citedAtPatch(rule, object, path) {
    const patch = object.document.patchedAt?.([...object.path, ...path]);
    if (patch === undefined)
        return rule;
    return { ...rule, origin: { ...rule.origin, file: patch.file, line: patch.line, addedByPatch: true } };
}

;// CONCATENATED MODULE: ./src/policies/admin-network-policy.ts






const admin_network_policy_PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
function compileAdminPolicy(object) {
    const origin = { kind: object.kind, name: object.name, file: object.document.file, line: object.line };
    const warnings = [];
    const at = (path) => object.document.lineOf([...object.path, ...path]);
    const warn = (code, path, message, fix) => warnings.push({
        code,
        severity: 'warning',
        file: origin.file,
        line: at(path),
        message: `${object.kind} ${object.name}: ${message}`,
        fix,
    });
    try {
        const spec = object.value.spec;
        if (!isRecord(spec))
            throw new Rejection('INVALID_FIELD', ['spec'], 'spec is missing', 'give the policy a spec with subject and rules');
        const dialect = dialectOf(object, spec);
        const subject = readSubject(spec.subject);
        const rules = [];
        for (const direction of ['ingress', 'egress']) {
            const list = spec[direction];
            if (list === undefined || list === null)
                continue;
            if (!Array.isArray(list))
                throw new Rejection('INVALID_FIELD', ['spec', direction], `spec.${direction} must be a list of rules`, `write spec.${direction} as a list`);
            list.forEach((raw, index) => rules.push(citedAtPatch(readRule(raw, direction, index, dialect, origin, at, warn), object, ['spec', direction, index])));
        }
        const policy = {
            origin,
            tier: dialect.tier,
            ...(dialect.priority === undefined ? {} : { priority: dialect.priority }),
            subject,
            isolates: [],
            rules,
        };
        return { policy, diagnostics: warnings };
    }
    catch (error) {
        return {
            policy: undefined,
            diagnostics: [...warnings, rejectionDiagnostic(error, `${object.kind} ${object.name}`, origin.file, at)],
        };
    }
}
function dialectOf(object, spec) {
    const priority = () => {
        const p = spec.priority;
        if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 1000) {
            throw new Rejection('INVALID_FIELD', ['spec', 'priority'], `spec.priority ${JSON.stringify(p)} is not a whole number from 0 to 1000`, 'set spec.priority from 0 (evaluated first) to 1000');
        }
        return p;
    };
    if (object.kind === 'ClusterNetworkPolicy') {
        const tier = spec.tier;
        if (tier !== 'Admin' && tier !== 'Baseline')
            throw new Rejection('INVALID_FIELD', ['spec', 'tier'], `spec.tier ${JSON.stringify(tier)} is not Admin or Baseline`, 'set spec.tier to Admin or Baseline');
        return {
            tier: tier === 'Admin' ? 'admin' : 'baseline',
            priority: priority(),
            actions: { Accept: 'allow', Deny: 'deny', Pass: 'pass' },
            ports: readProtocols,
        };
    }
    if (object.kind === 'BaselineAdminNetworkPolicy') {
        if (object.name !== 'default') {
            throw new Rejection('INVALID_FIELD', [], `a BaselineAdminNetworkPolicy must be named "default", not "${object.name}"`, 'name it default (there is one per cluster)');
        }
        return { tier: 'baseline', priority: undefined, actions: { Allow: 'allow', Deny: 'deny' }, ports: readAnpPorts };
    }
    return {
        tier: 'admin',
        priority: priority(),
        actions: { Allow: 'allow', Deny: 'deny', Pass: 'pass' },
        ports: readAnpPorts,
    };
}
function selector(value, path, what) {
    const s = readLabelSelector(value);
    if (typeof s === 'string')
        throw new Rejection('INVALID_SELECTOR', path, `${what}: ${s}`, 'fix the selector');
    return s;
}
/** `namespaces` (all pods of the selected namespaces) or `pods` (namespace AND pod selector). */
function readSelection(raw, path) {
    if (raw.namespaces !== undefined && raw.namespaces !== null) {
        return {
            namespaces: { kind: 'selector', selector: selector(raw.namespaces, [...path, 'namespaces'], 'namespaces') },
            pods: { requirements: [] },
        };
    }
    if (raw.pods !== undefined && raw.pods !== null) {
        const pods = raw.pods;
        if (!isRecord(pods) || pods.podSelector === undefined)
            throw new Rejection('INVALID_FIELD', [...path, 'pods'], 'pods needs a podSelector (and a namespaceSelector)', 'write pods: {namespaceSelector: {}, podSelector: {…}}');
        return {
            namespaces: {
                kind: 'selector',
                selector: selector(pods.namespaceSelector, [...path, 'pods', 'namespaceSelector'], 'pods.namespaceSelector'),
            },
            pods: selector(pods.podSelector, [...path, 'pods', 'podSelector'], 'pods.podSelector'),
        };
    }
    return undefined;
}
function readSubject(raw) {
    if (!isRecord(raw) || Object.keys(raw).length !== 1) {
        throw new Rejection('INVALID_FIELD', ['spec', 'subject'], 'spec.subject must set exactly one of namespaces and pods', 'write subject: {namespaces: {…}} or subject: {pods: {namespaceSelector: {…}, podSelector: {…}}}');
    }
    const selection = readSelection(raw, ['spec', 'subject']);
    if (selection === undefined)
        throw new Rejection('INVALID_FIELD', ['spec', 'subject'], `spec.subject has the unknown field "${Object.keys(raw)[0]}"`, 'use namespaces or pods');
    return selection;
}
function readRule(raw, direction, index, dialect, policy, at, warn) {
    const path = ['spec', direction, index];
    if (!isRecord(raw))
        throw new Rejection('INVALID_FIELD', path, `${direction}[${index}] must be a mapping`, 'write each rule as a mapping with action, from/to and ports');
    const action = ownValue(dialect.actions, String(raw.action));
    if (action === undefined) {
        throw new Rejection('INVALID_FIELD', [...path, 'action'], `${direction}[${index}] has the action ${JSON.stringify(raw.action)}`, `use ${Object.keys(dialect.actions).join(', ')}`);
    }
    const field = direction === 'ingress' ? 'from' : 'to';
    const rawPeers = raw[field];
    if (!Array.isArray(rawPeers) || rawPeers.length === 0)
        throw new Rejection('INVALID_PEER', [...path, field], `${direction}[${index}].${field} must list at least one peer`, `add a peer to ${field}`);
    const peers = [];
    let failClosed = false;
    let addressPeers = false;
    rawPeers.forEach((p, i) => {
        const peerPath = [...path, field, i];
        const peer = isRecord(p) ? p : {};
        const keys = Object.keys(peer).filter((k) => peer[k] !== undefined && peer[k] !== null);
        if (keys.length > 1)
            throw new Rejection('INVALID_PEER', peerPath, `a peer sets ${keys.join(' and ')}; exactly one is allowed`, 'split them into separate peers');
        const selection = readSelection(peer, peerPath);
        if (selection !== undefined)
            return peers.push({ kind: 'pods', ...selection });
        if (direction === 'egress' && keys[0] === 'networks') {
            addressPeers = true;
            return peers.push(readNetworks(peer.networks, [...peerPath, 'networks']));
        }
        if (direction === 'egress' && (keys[0] === 'nodes' || keys[0] === 'domainNames')) {
            addressPeers = true;
            if (keys[0] === 'domainNames' && action !== 'allow')
                throw new Rejection('INVALID_PEER', peerPath, 'domainNames peers are only allowed in Allow rules', 'use domainNames in an Allow rule, with a lower-precedence Deny');
            warn('UNDECIDABLE_PEER', peerPath, `${direction}[${index}] peer ${keys[0]} needs ${keys[0] === 'nodes' ? 'node addresses' : 'DNS answers'} that a static evaluation does not have; it matches nothing here`, 'read the verdicts of this rule as unknown for those destinations');
            return peers.push({ kind: 'undecidable', what: keys[0] });
        }
        // An empty or unknown peer: an API version we do not know. Fail closed (SEMANTICS §4.2).
        failClosed = true;
        warn('UNKNOWN_PEER', peerPath, `${direction}[${index}] has a peer with ${keys.length === 0 ? 'no known field' : `the unknown field "${keys[0]}"`}; failing closed, the rule ${action === 'allow' ? 'matches nothing' : 'matches every peer'}`, 'use namespaces or pods (and for egress networks, nodes or domainNames)');
        return undefined;
    });
    const ports = readRulePorts(raw, dialect, path);
    if (ports !== 'all' && ports.some((p) => p.kind === 'named') && addressPeers) {
        throw new Rejection('INVALID_PORT', path, 'a named port cannot be used with networks, nodes or domainNames peers (they have no named ports)', 'use port numbers for those peers');
    }
    const origin = {
        policy,
        direction,
        index,
        file: policy.file,
        line: at(path),
        ...(typeof raw.name === 'string' && raw.name !== '' ? { name: raw.name } : {}),
    };
    return { origin, direction, action, peers: failClosed && action !== 'allow' ? 'all' : peers, ports };
}
function readNetworks(raw, path) {
    if (!Array.isArray(raw) || raw.length === 0)
        throw new Rejection('INVALID_CIDR', path, 'networks must list at least one CIDR', 'write networks: [203.0.113.0/24]');
    const ranges = [];
    const texts = [];
    raw.forEach((text, i) => {
        const cidr = typeof text === 'string' ? parseCidr(text) : undefined;
        if (cidr === undefined)
            throw new Rejection('INVALID_CIDR', [...path, i], `networks entry "${String(text)}" is not a valid CIDR`, 'write an address and a prefix length');
        ranges.push(cidr.range);
        texts.push(cidr.canonical);
    });
    return { kind: 'network', ips: ipSetOf(ranges), text: texts.join(', ') };
}
function readRulePorts(raw, dialect, path) {
    const key = dialect.ports === readProtocols ? 'protocols' : 'ports';
    const list = raw[key];
    if (list === undefined || list === null)
        return 'all';
    if (!Array.isArray(list) || list.length === 0)
        throw new Rejection('INVALID_PORT', [...path, key], `${key} must list at least one entry when set`, `remove ${key} to match every port`);
    return list.flatMap((entry, i) => dialect.ports(entry, [...path, key, i]));
}
function portNumber(value, path, what) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535)
        throw new Rejection('INVALID_PORT', path, `${what} ${JSON.stringify(value)} is not a port from 1 to 65535`, 'use a port from 1 to 65535');
    return value;
}
function protocolOf(value, path) {
    const p = value ?? 'TCP';
    if (p !== 'TCP' && p !== 'UDP' && p !== 'SCTP')
        throw new Rejection('INVALID_PORT', path, `protocol ${JSON.stringify(p)} is not TCP, UDP or SCTP`, 'use TCP, UDP or SCTP');
    return p;
}
/** A named port matches a container port of that name, whatever its protocol. */
function named(name, path) {
    if (typeof name !== 'string' || name === '')
        throw new Rejection('INVALID_PORT', path, 'a named port must be a non-empty string', 'give the container port name');
    return admin_network_policy_PROTOCOLS.map((protocol) => ({ kind: 'named', protocol, name }));
}
/** v1alpha1: exactly one of portNumber {protocol, port}, portRange {protocol, start, end}, namedPort. */
function readAnpPorts(raw, path) {
    if (!isRecord(raw) || Object.keys(raw).length !== 1)
        throw new Rejection('INVALID_PORT', path, 'a ports entry must set exactly one of portNumber, portRange and namedPort', 'write {portNumber: {protocol: TCP, port: 80}}');
    if (raw.namedPort !== undefined)
        return named(raw.namedPort, [...path, 'namedPort']);
    if (isRecord(raw.portNumber)) {
        const port = portNumber(raw.portNumber.port, [...path, 'portNumber', 'port'], 'portNumber.port');
        return [
            {
                kind: 'range',
                protocol: protocolOf(raw.portNumber.protocol, [...path, 'portNumber', 'protocol']),
                first: port,
                last: port,
            },
        ];
    }
    if (isRecord(raw.portRange)) {
        const start = portNumber(raw.portRange.start, [...path, 'portRange', 'start'], 'portRange.start');
        const end = portNumber(raw.portRange.end, [...path, 'portRange', 'end'], 'portRange.end');
        if (end < start)
            throw new Rejection('INVALID_END_PORT', [...path, 'portRange'], `portRange ends (${end}) before it starts (${start})`, 'set end at or above start');
        return [
            {
                kind: 'range',
                protocol: protocolOf(raw.portRange.protocol, [...path, 'portRange', 'protocol']),
                first: start,
                last: end,
            },
        ];
    }
    throw new Rejection('INVALID_PORT', path, `a ports entry has the unknown field "${Object.keys(raw)[0]}"`, 'use portNumber, portRange or namedPort');
}
/** v1alpha2: exactly one of tcp/udp/sctp {destinationPort: {number} | {range: {start, end}}} and
 * destinationNamedPort. */
function readProtocols(raw, path) {
    if (!isRecord(raw) || Object.keys(raw).length !== 1)
        throw new Rejection('INVALID_PORT', path, 'a protocols entry must set exactly one of tcp, udp, sctp and destinationNamedPort', 'write {tcp: {destinationPort: {number: 80}}}');
    if (raw.destinationNamedPort !== undefined)
        return named(raw.destinationNamedPort, [...path, 'destinationNamedPort']);
    const key = Object.keys(raw)[0];
    const protocol = { tcp: 'TCP', udp: 'UDP', sctp: 'SCTP' }[key];
    if (protocol === undefined)
        throw new Rejection('INVALID_PORT', path, `a protocols entry has the unknown field "${key}"`, 'use tcp, udp, sctp or destinationNamedPort');
    const body = raw[key];
    const port = isRecord(body) ? body.destinationPort : undefined;
    if (!isRecord(port))
        return [{ kind: 'range', protocol, first: 1, last: 65535 }];
    if (port.number !== undefined) {
        const n = portNumber(port.number, [...path, key, 'destinationPort', 'number'], 'destinationPort.number');
        return [{ kind: 'range', protocol, first: n, last: n }];
    }
    if (isRecord(port.range)) {
        const start = portNumber(port.range.start, [...path, key, 'destinationPort', 'range', 'start'], 'range.start');
        const end = portNumber(port.range.end, [...path, key, 'destinationPort', 'range', 'end'], 'range.end');
        if (end <= start)
            throw new Rejection('INVALID_END_PORT', [...path, key, 'destinationPort', 'range'], `range must start (${start}) below its end (${end})`, 'set end above start');
        return [{ kind: 'range', protocol, first: start, last: end }];
    }
    throw new Rejection('INVALID_PORT', [...path, key, 'destinationPort'], 'destinationPort must set number or range', 'write destinationPort: {number: 80}');
}

;// CONCATENATED MODULE: ./src/policies/calico-selector.ts
const SYMBOLS = ['&&', '||', '==', '!=', '!', '(', ')', '{', '}', ','];
const WORD = /[A-Za-z0-9_./-]/;
function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '"' || c === "'") {
            const end = text.indexOf(c, i + 1);
            if (end < 0)
                return { message: `the string starting here has no closing ${c}`, column: i + 1 };
            tokens.push({ kind: 'string', text: text.slice(i + 1, end), at: i });
            i = end + 1;
            continue;
        }
        const symbol = SYMBOLS.find((s) => text.startsWith(s, i));
        if (symbol !== undefined) {
            tokens.push({ kind: 'symbol', text: symbol, at: i });
            i += symbol.length;
            continue;
        }
        if (WORD.test(c)) {
            let j = i;
            while (j < text.length && WORD.test(text[j]))
                j++;
            tokens.push({ kind: 'word', text: text.slice(i, j), at: i });
            i = j;
            continue;
        }
        return { message: `unexpected character ${JSON.stringify(c)}`, column: i + 1 };
    }
    return tokens;
}
class Failure extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
function parseCalicoSelector(text) {
    const tokens = tokenize(text);
    if (!Array.isArray(tokens))
        return tokens;
    if (tokens.length === 0)
        return { op: 'all' };
    let pos = 0;
    const peek = () => tokens[pos];
    const fail = (message, token = peek()) => {
        throw new Failure({ message, column: token === undefined ? text.length + 1 : token.at + 1 });
    };
    const expect = (kind, what, value) => {
        const t = peek();
        if (t === undefined || t.kind !== kind || (value !== undefined && t.text !== value))
            return fail(`expected ${what}${t === undefined ? ' at the end' : `, found ${JSON.stringify(t.text)}`}`);
        pos++;
        return t;
    };
    const isSymbol = (s) => peek()?.kind === 'symbol' && peek()?.text === s;
    const isWord = (s, offset = 0) => tokens[pos + offset]?.kind === 'word' && tokens[pos + offset]?.text === s;
    const expr = () => {
        const operands = [and()];
        while (isSymbol('||')) {
            pos++;
            operands.push(and());
        }
        return operands.length === 1 ? operands[0] : { op: '||', operands };
    };
    const and = () => {
        const operands = [unary()];
        while (isSymbol('&&')) {
            pos++;
            operands.push(unary());
        }
        return operands.length === 1 ? operands[0] : { op: '&&', operands };
    };
    const unary = () => {
        if (isSymbol('!')) {
            pos++;
            return { op: '!', operand: unary() };
        }
        return primary();
    };
    const call = (name) => {
        if (!isWord(name) || tokens[pos + 1]?.text !== '(')
            return false;
        pos += 2;
        return true;
    };
    const primary = () => {
        if (isSymbol('(')) {
            pos++;
            const inner = expr();
            expect('symbol', 'a closing parenthesis', ')');
            return inner;
        }
        if (call('all')) {
            expect('symbol', 'a closing parenthesis after all(', ')');
            return { op: 'all' };
        }
        if (call('global')) {
            expect('symbol', 'a closing parenthesis after global(', ')');
            return { op: 'global' };
        }
        if (call('has')) {
            const key = expect('word', 'a label key in has()').text;
            expect('symbol', 'a closing parenthesis after has(key', ')');
            return { op: 'has', key };
        }
        const key = expect('word', 'a label key, has(), all(), global(), ! or (').text;
        if (isSymbol('==') || isSymbol('!=')) {
            const op = peek().text;
            pos++;
            return { op, key, value: expect('string', 'a quoted value').text };
        }
        if (isWord('contains')) {
            pos++;
            return { op: 'contains', key, value: expect('string', 'a quoted value after contains').text };
        }
        for (const first of ['starts', 'ends']) {
            if (isWord(first) && isWord('with', 1)) {
                pos += 2;
                return { op: `${first} with`, key, value: expect('string', `a quoted value after ${first} with`).text };
            }
        }
        if (isWord('in')) {
            pos++;
            return { op: 'in', key, values: set() };
        }
        if (isWord('not') && isWord('in', 1)) {
            pos += 2;
            return { op: 'not in', key, values: set() };
        }
        return fail(`expected ==, !=, in, not in, contains, starts with or ends with after the label key ${key}`);
    };
    const set = () => {
        expect('symbol', 'a { to start the set of values', '{');
        const values = [];
        if (isSymbol('}')) {
            pos++;
            return values;
        }
        for (;;) {
            values.push(expect('string', 'a quoted value in the set').text);
            if (isSymbol('}')) {
                pos++;
                return values;
            }
            expect('symbol', 'a comma or } in the set', ',');
        }
    };
    try {
        const result = expr();
        if (pos < tokens.length)
            fail('expected && or || between two terms');
        return result;
    }
    catch (e) {
        if (e instanceof Failure)
            return e.error;
        throw e;
    }
}
function isSelectorError(value) {
    return 'message' in value;
}
/** The selector as Calico would print it, for messages and because-lines. */
function formatCalicoSelector(s) {
    const q = (v) => `'${v}'`;
    switch (s.op) {
        case 'all':
        case 'global':
            return `${s.op}()`;
        case 'has':
            return `has(${s.key})`;
        case 'in':
        case 'not in':
            return `${s.key} ${s.op} {${s.values.map(q).join(', ')}}`;
        case '!':
            return s.operand.op === 'has' ? `!${formatCalicoSelector(s.operand)}` : `!(${formatCalicoSelector(s.operand)})`;
        case '&&':
        case '||':
            return s.operands
                .map((o) => o.op === '||' || (o.op === '&&' && s.op === '||') ? `(${formatCalicoSelector(o)})` : formatCalicoSelector(o))
                .join(` ${s.op} `);
        default:
            return `${s.key} ${s.op} ${q(s.value)}`;
    }
}

;// CONCATENATED MODULE: ./src/policies/calico-entity.ts






const CALICO_NAMESPACE_KEY = 'projectcalico.org/namespace';
const CALICO_NAME_KEY = 'projectcalico.org/name';
const ENTITY_FIELDS = new Set([
    'nets',
    'notNets',
    'selector',
    'notSelector',
    'namespaceSelector',
    'ports',
    'notPorts',
    'serviceAccounts',
    'services',
]);
function readSelector(value, path, what) {
    if (typeof value !== 'string')
        throw new Rejection('INVALID_SELECTOR', path, `${what} must be a string`, `write ${what}: "app == 'web'"`);
    const parsed = parseCalicoSelector(value);
    if (isSelectorError(parsed))
        throw new Rejection('INVALID_SELECTOR', path, `${what} ${JSON.stringify(value)} does not parse at column ${parsed.column}: ${parsed.message}`, "fix the selector (Calico's syntax: app == 'web' && has(tier), k in {'a', 'b'})");
    return parsed;
}
/** Rejects a field the EntityRule does not have. */
function checkEntityFields(raw, path) {
    for (const key of Object.keys(raw))
        if (!ENTITY_FIELDS.has(key))
            throw new Rejection('UNKNOWN_FIELD', [...path, key], `${key} is not a field of a Calico rule's ${String(path[path.length - 1])} (${[...ENTITY_FIELDS].join(', ')})`, 'remove the field or correct its spelling');
}
function readNets(value, path) {
    if (!Array.isArray(value))
        throw new Rejection('INVALID_CIDR', path, 'nets must be a list of CIDRs', 'write nets: [198.51.100.0/24]');
    const ranges = value.map((net, i) => {
        const range = typeof net === 'string' ? parseCalicoNet(net) : undefined;
        if (range === undefined)
            throw new Rejection('INVALID_CIDR', [...path, i], `${JSON.stringify(net)} is not a CIDR`, 'write a CIDR such as 198.51.100.0/24');
        return range;
    });
    return ipSetOf(ranges);
}
const ALL_ADDRESSES = [IPV4_ALL, IPV6_ALL];
/** The remote side of a rule as one Peer; `'all'` when the entity says nothing about it. */
function readRemote(raw, path, scope) {
    if (raw === undefined || raw === null)
        return scope.ipVersion === undefined ? 'all' : familyOnly(scope.ipVersion);
    if (!isRecord(raw))
        throw new Rejection('INVALID_FIELD', path, `${String(path[path.length - 1])} must be a mapping`, 'write it as a mapping');
    checkEntityFields(raw, path);
    if (raw.services !== undefined && raw.services !== null)
        return calico_entity_readServices(raw, path, scope);
    const selector = raw.selector === undefined ? undefined : readSelector(raw.selector, [...path, 'selector'], 'selector');
    const notSelector = raw.notSelector === undefined ? undefined : readSelector(raw.notSelector, [...path, 'notSelector'], 'notSelector');
    const namespaceSelector = raw.namespaceSelector === undefined
        ? undefined
        : readSelector(raw.namespaceSelector, [...path, 'namespaceSelector'], 'namespaceSelector');
    const serviceAccountNames = readServiceAccounts(raw.serviceAccounts, [...path, 'serviceAccounts']);
    const nets = raw.nets === undefined ? undefined : readNets(raw.nets, [...path, 'nets']);
    const notNets = raw.notNets === undefined ? undefined : readNets(raw.notNets, [...path, 'notNets']);
    // A namespaced policy confines the rule to its namespace unless a namespaceSelector says which,
    // whenever a selector, notSelector or serviceAccounts is given; the notSelector itself then
    // excludes within that (§6.3; libcalico-go updateprocessors/rules.go).
    const confined = scope.namespace !== undefined &&
        namespaceSelector === undefined &&
        (selector !== undefined || notSelector !== undefined || serviceAccountNames !== undefined);
    const positive = selector !== undefined || namespaceSelector !== undefined || serviceAccountNames !== undefined || confined;
    if (!positive &&
        notSelector === undefined &&
        nets === undefined &&
        notNets === undefined &&
        scope.ipVersion === undefined)
        return 'all';
    const calico = {
        ...(selector === undefined ? {} : { selector }),
        ...(notSelector === undefined ? {} : { notSelector }),
        ...(namespaceSelector === undefined ? {} : { namespaceSelector }),
        ...(serviceAccountNames === undefined ? {} : { serviceAccountNames }),
    };
    const pods = {
        namespaces: confined
            ? { kind: 'name', name: scope.namespace }
            : { kind: 'selector', selector: { requirements: [] } },
        pods: { requirements: [] },
        ...(Object.keys(calico).length === 0 ? {} : { labels: 'calico', calico }),
    };
    let external = ALL_ADDRESSES;
    if (positive) {
        const matching = serviceAccountNames !== undefined
            ? []
            : scope.networkSets.filter((set) => setMatches(set, selector, namespaceSelector, confined, scope));
        external = matching.reduce((acc, set) => unionIpSets(acc, set.nets), []);
    }
    if (notSelector !== undefined)
        for (const set of scope.networkSets)
            if (matchesCalico(notSelector, setLabels(set, scope), set.namespace === undefined))
                external = subtractIpSets(external, set.nets);
    if (nets !== undefined)
        external = intersectIpSets(external, nets);
    if (notNets !== undefined)
        external = subtractIpSets(external, notNets);
    if (scope.ipVersion !== undefined)
        external = intersectIpSets(external, [scope.ipVersion === 4 ? IPV4_ALL : IPV6_ALL]);
    const text = describe(raw, { selector, notSelector, namespaceSelector });
    return {
        kind: 'calico',
        // global() alone selects no namespace: only GlobalNetworkSets.
        ...(namespaceSelector?.op === 'global' ? {} : { pods }),
        ...(nets === undefined ? {} : { nets }),
        ...(notNets === undefined ? {} : { notNets }),
        external,
        text,
    };
}
function familyOnly(version) {
    return {
        kind: 'calico',
        pods: { namespaces: { kind: 'selector', selector: { requirements: [] } }, pods: { requirements: [] } },
        external: [version === 4 ? IPV4_ALL : IPV6_ALL],
        text: `ipVersion ${version}`,
    };
}
/** Labels a selector sees on a network set: its own, plus its namespace's for a NetworkSet (§5.2). */
function setLabels(set, scope) {
    if (set.namespace === undefined)
        return set.labels;
    const out = { ...set.labels, [CALICO_NAMESPACE_KEY]: set.namespace };
    for (const [k, v] of Object.entries(scope.namespaceLabels(set.namespace) ?? {}))
        out[`pcns.${k}`] = v;
    return out;
}
function setMatches(set, selector, namespaceSelector, confined, scope) {
    const global = set.namespace === undefined;
    if (namespaceSelector !== undefined) {
        const nsLabels = global
            ? undefined
            : { ...(scope.namespaceLabels(set.namespace) ?? {}), [CALICO_NAME_KEY]: set.namespace };
        if (!matchesNamespaceSelector(namespaceSelector, nsLabels))
            return false;
    }
    else if (confined && set.namespace !== scope.namespace)
        return false;
    return selector === undefined || matchesCalico(selector, setLabels(set, scope), global);
}
/** A namespaceSelector on an endpoint: over its namespace's labels; `all()` means "in some
 * namespace" and `global()` "in none", as Calico rewrites them (§6.4). `labels` undefined: an
 * endpoint without a namespace (a GlobalNetworkSet). */
function matchesNamespaceSelector(s, labels) {
    const NAMESPACED = '\u0000namespaced';
    const rewrite = (x) => {
        switch (x.op) {
            case 'all':
                return { op: 'has', key: NAMESPACED };
            case '!':
                return { op: '!', operand: rewrite(x.operand) };
            case '&&':
            case '||':
                return { op: x.op, operands: x.operands.map(rewrite) };
            default:
                return x;
        }
    };
    return matchesCalico(rewrite(s), labels === undefined ? {} : { ...labels, [NAMESPACED]: '' }, labels === undefined);
}
function readServiceAccounts(value, path) {
    if (value === undefined || value === null)
        return undefined;
    if (!isRecord(value))
        throw new Rejection('INVALID_FIELD', path, 'serviceAccounts must be a mapping', 'write serviceAccounts: {names: [api]}');
    if (value.selector !== undefined)
        throw new Rejection('UNSUPPORTED_POLICY', [...path, 'selector'], 'serviceAccounts.selector selects service accounts by their labels, which netreach does not read', 'select the service accounts by names instead, or read paths of this policy as not evaluated');
    const names = value.names;
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
        throw new Rejection('INVALID_FIELD', [...path, 'names'], 'serviceAccounts.names must be a list of names', 'write names: [api]');
    return names;
}
function calico_entity_readServices(raw, path, scope) {
    const services = raw.services;
    if (!isRecord(services) || typeof services.name !== 'string')
        throw new Rejection('INVALID_FIELD', [...path, 'services'], 'services needs a name', 'write services: {name: api, namespace: prod}');
    for (const key of ['selector', 'notSelector', 'namespaceSelector', 'nets', 'notNets', 'serviceAccounts'])
        if (raw[key] !== undefined)
            throw new Rejection('INVALID_FIELD', [...path, key], `services cannot be combined with ${key}`, `remove ${key} or services`);
    const namespace = typeof services.namespace === 'string' ? services.namespace : scope.namespace;
    if (namespace === undefined)
        throw new Rejection('INVALID_FIELD', [...path, 'services'], 'services in a GlobalNetworkPolicy needs a namespace', 'add namespace to services');
    return { kind: 'service', namespace, name: services.name };
}
function describe(raw, s) {
    const parts = [];
    if (s.selector !== undefined)
        parts.push(`selector ${formatCalicoSelector(s.selector)}`);
    if (s.notSelector !== undefined)
        parts.push(`notSelector ${formatCalicoSelector(s.notSelector)}`);
    if (s.namespaceSelector !== undefined)
        parts.push(`namespaceSelector ${formatCalicoSelector(s.namespaceSelector)}`);
    for (const key of ['nets', 'notNets'])
        if (Array.isArray(raw[key]))
            parts.push(`${key} ${raw[key].join(', ')}`);
    if (isRecord(raw.serviceAccounts))
        parts.push(`serviceAccounts ${String(raw.serviceAccounts.names)}`);
    return parts.join('; ');
}
const PROTOCOL_NUMBERS = { '6': 'TCP', '17': 'UDP', '132': 'SCTP' };
const OTHER_PROTOCOLS = new Set(['ICMP', 'ICMPV6', 'UDPLITE']);
/** A protocol as netreach models it (TCP, UDP, SCTP), `other` for ICMP and the like. */
function readProtocol(value, path) {
    const text = String(value).toUpperCase();
    if (text === 'TCP' || text === 'UDP' || text === 'SCTP')
        return text;
    const numbered = PROTOCOL_NUMBERS[text];
    if (numbered !== undefined)
        return numbered;
    if (OTHER_PROTOCOLS.has(text) || (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 255))
        return 'other';
    throw new Rejection('INVALID_PORT', path, `protocol ${JSON.stringify(value)} is not one Calico knows`, 'write TCP, UDP, SCTP, ICMP, ICMPv6, UDPLite or a number 1-255');
}
/** One `ports`/`notPorts` entry: a number, a range "a:b", or a named port. */
function readPortEntry(value, protocol, path) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535)
        return { kind: 'range', protocol, first: value, last: value };
    if (typeof value === 'string') {
        const range = /^(\d+):(\d+)$/.exec(value);
        if (range !== null) {
            const [first, last] = [Number(range[1]), Number(range[2])];
            if (first >= 1 && last <= 65535 && first <= last)
                return { kind: 'range', protocol, first, last };
        }
        else if (/^\d+$/.test(value)) {
            const port = Number(value);
            if (port >= 1 && port <= 65535)
                return { kind: 'range', protocol, first: port, last: port };
        }
        else if (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value) && value.length <= 15) {
            return { kind: 'named', protocol, name: value };
        }
    }
    throw new Rejection('INVALID_PORT', path, `${JSON.stringify(value)} is not a port, a range "first:last" or a port name`, 'write 80, "8000:8080" or a port name');
}

;// CONCATENATED MODULE: ./src/manifests/value-text.ts
// A manifest value as a message shows it: strings as they are, numbers and booleans as written,
// anything else as JSON (never "[object Object]").
function valueText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return value.toString();
    return JSON.stringify(value) ?? 'undefined';
}

;// CONCATENATED MODULE: ./src/policies/network-policy.ts
// Compiles a Kubernetes NetworkPolicy (networking.k8s.io/v1) into a Policy, applying the API's
// defaulting (SEMANTICS §2.2, §2.4, §2.8) and rejecting what the API server would reject
// (§2.16): an invalid policy is never half-applied.







const FIELD_BY_DIRECTION = { ingress: 'from', egress: 'to' };
function compileNetworkPolicy(object, defaultNamespace) {
    const namespace = object.namespace ?? defaultNamespace;
    const origin = {
        kind: 'NetworkPolicy',
        namespace,
        name: object.name,
        file: object.document.file,
        line: object.line,
    };
    const warnings = [];
    const at = (path) => object.document.lineOf([...object.path, ...path]);
    try {
        const spec = object.value.spec ?? {};
        if (!isRecord(spec))
            throw new Rejection('INVALID_FIELD', ['spec'], 'spec must be a mapping', 'write spec as a mapping');
        const pods = readLabelSelector(spec.podSelector);
        if (typeof pods === 'string')
            throw new Rejection('INVALID_SELECTOR', ['spec', 'podSelector'], `spec.podSelector: ${pods}`, 'fix the selector');
        const isolates = effectivePolicyTypes(spec);
        const rules = [];
        for (const direction of isolates) {
            const list = spec[direction];
            if (list === undefined || list === null)
                continue;
            if (!Array.isArray(list))
                throw new Rejection('INVALID_FIELD', ['spec', direction], `spec.${direction} must be a list of rules`, `write spec.${direction} as a list`);
            list.forEach((raw, index) => {
                const path = ['spec', direction, index];
                const ruleOrigin = { policy: origin, direction, index, file: origin.file, line: at(path) };
                rules.push(citedAtPatch({
                    origin: ruleOrigin,
                    direction,
                    action: 'allow',
                    ...network_policy_readRule(raw, direction, namespace, path, warnings, at),
                }, object, path));
            });
        }
        const policy = {
            origin,
            tier: 'namespaced',
            subject: { namespaces: { kind: 'name', name: namespace }, pods },
            isolates,
            rules,
        };
        return { policy, diagnostics: warnings.map((w) => ({ ...w, file: origin.file })) };
    }
    catch (error) {
        const diagnostic = rejectionDiagnostic(error, `NetworkPolicy ${namespace}/${object.name}`, origin.file, at);
        return { policy: undefined, diagnostics: [...warnings.map((w) => ({ ...w, file: origin.file })), diagnostic] };
    }
}
/** SEMANTICS §2.2: absent or empty policyTypes means Ingress, plus Egress when egress rules exist. */
function effectivePolicyTypes(spec) {
    const types = spec.policyTypes;
    if (types === undefined || types === null || (Array.isArray(types) && types.length === 0)) {
        return Array.isArray(spec.egress) && spec.egress.length > 0 ? ['ingress', 'egress'] : ['ingress'];
    }
    if (!Array.isArray(types))
        throw new Rejection('INVALID_POLICY_TYPE', ['spec', 'policyTypes'], 'spec.policyTypes must be a list', 'write policyTypes: [Ingress], [Egress] or [Ingress, Egress]');
    const out = [];
    types.forEach((t, i) => {
        if (t !== 'Ingress' && t !== 'Egress') {
            throw new Rejection('INVALID_POLICY_TYPE', ['spec', 'policyTypes', i], `policyTypes has the value ${JSON.stringify(t)}`, 'use Ingress or Egress (capitalised)');
        }
        const d = t === 'Ingress' ? 'ingress' : 'egress';
        if (!out.includes(d))
            out.push(d);
    });
    return ['ingress', 'egress'].filter((d) => out.includes(d));
}
function network_policy_readRule(raw, direction, namespace, path, warnings, at) {
    const rule = raw ?? {};
    if (!isRecord(rule))
        throw new Rejection('INVALID_FIELD', path, `${direction} rule ${path[2]} must be a mapping`, 'write each rule as a mapping with from/to and ports');
    const field = FIELD_BY_DIRECTION[direction];
    const rawPeers = rule[field];
    const rawPorts = rule.ports;
    let peers = 'all';
    if (rawPeers !== undefined && rawPeers !== null) {
        if (!Array.isArray(rawPeers))
            throw new Rejection('INVALID_FIELD', [...path, field], `${field} must be a list of peers`, `write ${field} as a list`);
        // SEMANTICS §2.4: `from: []` matches all sources, like an absent `from`.
        if (rawPeers.length > 0)
            peers = rawPeers.map((p, i) => readPeer(p, namespace, [...path, field, i], warnings, at));
    }
    let ports = 'all';
    if (rawPorts !== undefined && rawPorts !== null) {
        if (!Array.isArray(rawPorts))
            throw new Rejection('INVALID_FIELD', [...path, 'ports'], 'ports must be a list', 'write ports as a list');
        if (rawPorts.length > 0)
            ports = rawPorts.map((p, i) => readPort(p, [...path, 'ports', i]));
    }
    if (direction === 'egress' &&
        ports !== 'all' &&
        peers !== 'all' &&
        ports.some((p) => p.kind === 'named') &&
        peers.some((p) => p.kind === 'ipBlock')) {
        warnings.push({
            code: 'NAMED_PORT_EXTERNAL',
            severity: 'warning',
            file: '',
            line: at(path),
            message: 'an egress rule combines a named port with an ipBlock: named ports resolve on destination pods, so they never match an address outside the cluster',
            fix: 'use port numbers for ipBlock destinations',
        });
    }
    return { peers, ports };
}
function readPeer(raw, namespace, path, warnings, at) {
    if (!isRecord(raw))
        throw new Rejection('INVALID_PEER', path, 'a peer must be a mapping', 'use podSelector, namespaceSelector or ipBlock');
    const hasPods = raw.podSelector !== undefined && raw.podSelector !== null;
    const hasNamespaces = raw.namespaceSelector !== undefined && raw.namespaceSelector !== null;
    const hasIpBlock = raw.ipBlock !== undefined && raw.ipBlock !== null;
    if (hasIpBlock && (hasPods || hasNamespaces)) {
        throw new Rejection('INVALID_PEER', path, 'a peer has an ipBlock together with a selector', 'put the ipBlock in a peer of its own (a separate list item)');
    }
    if (!hasIpBlock && !hasPods && !hasNamespaces) {
        throw new Rejection('INVALID_PEER', path, 'a peer has none of podSelector, namespaceSelector and ipBlock', 'give the peer a selector or an ipBlock; to allow everything, omit from/to instead');
    }
    if (hasIpBlock)
        return readIpBlock(raw.ipBlock, [...path, 'ipBlock'], warnings, at);
    const pods = readLabelSelector(raw.podSelector);
    if (typeof pods === 'string')
        throw new Rejection('INVALID_SELECTOR', [...path, 'podSelector'], `podSelector: ${pods}`, 'fix the selector');
    if (!hasNamespaces)
        return { kind: 'pods', namespaces: { kind: 'name', name: namespace }, pods };
    const selector = readLabelSelector(raw.namespaceSelector);
    if (typeof selector === 'string')
        throw new Rejection('INVALID_SELECTOR', [...path, 'namespaceSelector'], `namespaceSelector: ${selector}`, 'fix the selector');
    return { kind: 'pods', namespaces: { kind: 'selector', selector }, pods };
}
function readIpBlock(raw, path, warnings, at) {
    if (!isRecord(raw) || typeof raw.cidr !== 'string')
        throw new Rejection('INVALID_CIDR', path, 'ipBlock needs a cidr', 'write ipBlock: {cidr: 203.0.113.0/24}');
    const cidr = parseCidr(raw.cidr);
    if (cidr === undefined)
        throw new Rejection('INVALID_CIDR', [...path, 'cidr'], `ipBlock.cidr "${raw.cidr}" is not a valid CIDR`, 'write an address and a prefix length: 0–32 for IPv4, 0–128 for IPv6');
    if (!cidr.isCanonical)
        warnings.push(nonCanonical(raw.cidr, cidr.canonical, at([...path, 'cidr'])));
    const excepts = [];
    const exceptTexts = [];
    const rawExcept = raw.except ?? [];
    if (!Array.isArray(rawExcept))
        throw new Rejection('INVALID_CIDR', [...path, 'except'], 'ipBlock.except must be a list of CIDRs', 'write except as a list');
    rawExcept.forEach((text, i) => {
        const except = typeof text === 'string' ? parseCidr(text) : undefined;
        if (except === undefined)
            throw new Rejection('INVALID_CIDR', [...path, 'except', i], `ipBlock.except "${String(text)}" is not a valid CIDR`, 'write an address and a prefix length');
        const inside = except.range.family === cidr.range.family &&
            except.range.first >= cidr.range.first &&
            except.range.last <= cidr.range.last;
        const strict = inside && (except.range.first !== cidr.range.first || except.range.last !== cidr.range.last);
        if (!strict) {
            throw new Rejection('EXCEPT_OUTSIDE_CIDR', [...path, 'except', i], `ipBlock.except "${text}" is not strictly inside cidr "${valueText(raw.cidr)}"`, 'list only ranges inside the cidr in except');
        }
        if (!except.isCanonical)
            warnings.push(nonCanonical(text, except.canonical, at([...path, 'except', i])));
        excepts.push(except.range);
        exceptTexts.push(except.canonical);
    });
    const text = exceptTexts.length === 0 ? cidr.canonical : `${cidr.canonical} except ${exceptTexts.join(', ')}`;
    return { kind: 'ipBlock', ips: subtractIpSets([cidr.range], excepts), text };
}
function nonCanonical(text, canonical, line) {
    return {
        code: 'NON_CANONICAL_CIDR',
        severity: 'warning',
        file: '',
        line,
        message: `"${text}" has host bits set; it is read as ${canonical}`,
        fix: `write ${canonical}`,
    };
}
const IANA_SVC_NAME = /^(?=.*[a-z])(?!.*--)[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;
function readPort(raw, path) {
    if (!isRecord(raw))
        throw new Rejection('INVALID_PORT', path, 'a ports entry must be a mapping', 'write {protocol: TCP, port: 80}');
    const protocol = raw.protocol ?? 'TCP';
    if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
        throw new Rejection('INVALID_PORT', [...path, 'protocol'], `protocol ${JSON.stringify(protocol)} is not TCP, UDP or SCTP`, 'use TCP, UDP or SCTP (upper case)');
    }
    const { port, endPort } = raw;
    const hasEnd = endPort !== undefined && endPort !== null;
    if (port === undefined || port === null) {
        if (hasEnd)
            throw new Rejection('INVALID_END_PORT', [...path, 'endPort'], 'endPort is set without port', 'set port to the first port of the range');
        return { kind: 'range', protocol: protocol, first: 1, last: 65535 };
    }
    if (typeof port === 'string') {
        if (!IANA_SVC_NAME.test(port))
            throw new Rejection('INVALID_PORT', [...path, 'port'], `port "${port}" is neither a number nor a valid port name`, 'use a number from 1 to 65535 (unquoted) or a container port name');
        if (hasEnd)
            throw new Rejection('INVALID_END_PORT', [...path, 'endPort'], `endPort is set with the named port "${port}"`, 'use a numeric port with endPort, or drop endPort');
        return { kind: 'named', protocol: protocol, name: port };
    }
    if (!isPortNumber(port))
        throw new Rejection('INVALID_PORT', [...path, 'port'], `port ${JSON.stringify(port)} is outside 1–65535`, 'use a port from 1 to 65535');
    if (!hasEnd)
        return { kind: 'range', protocol: protocol, first: port, last: port };
    if (!isPortNumber(endPort) || endPort < port) {
        throw new Rejection('INVALID_END_PORT', [...path, 'endPort'], `endPort ${JSON.stringify(endPort)} must be a port from ${port} (port) to 65535`, 'set endPort to the last port of the range, not below port');
    }
    return { kind: 'range', protocol: protocol, first: port, last: endPort };
}
function isPortNumber(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

;// CONCATENATED MODULE: ./src/policies/calico.ts






const CALICO_POLICY_KINDS = new Set([
    'NetworkPolicy',
    'GlobalNetworkPolicy',
    'StagedNetworkPolicy',
    'StagedGlobalNetworkPolicy',
    'StagedKubernetesNetworkPolicy',
]);
/** The order Calico gives a Kubernetes NetworkPolicy in the default tier (§2.4). */
const KUBERNETES_POLICY_ORDER = 1000;
const SPEC_FIELDS = new Set([
    'tier',
    'order',
    'selector',
    'namespaceSelector',
    'serviceAccountSelector',
    'types',
    'ingress',
    'egress',
    'doNotTrack',
    'preDNAT',
    'applyOnForward',
    'performanceHints',
    'stagedAction',
]);
const RULE_FIELDS = new Set([
    'action',
    'protocol',
    'notProtocol',
    'icmp',
    'notICMP',
    'ipVersion',
    'source',
    'destination',
    'http',
    'metadata',
]);
const ACTIONS = { allow: 'allow', deny: 'deny', pass: 'pass', log: 'log' };
function compileCalicoPolicy(object, defaultNamespace, ctx) {
    const global = object.kind === 'GlobalNetworkPolicy' || object.kind === 'StagedGlobalNetworkPolicy';
    const namespace = global ? undefined : (object.namespace ?? defaultNamespace);
    const origin = {
        kind: object.kind,
        ...(namespace === undefined ? {} : { namespace }),
        name: object.name,
        file: object.document.file,
        line: object.line,
    };
    const label = `${object.kind} ${namespace === undefined ? '' : `${namespace}/`}${object.name}`;
    const at = (path) => object.document.lineOf([...object.path, ...path]);
    const warnings = [];
    const warn = (code, path, message, fix) => warnings.push({
        code,
        severity: 'warning',
        file: origin.file,
        line: at(path),
        message: `${label}: ${message}`,
        fix,
    });
    try {
        const spec = object.value.spec ?? {};
        if (!isRecord(spec))
            throw new Rejection('INVALID_FIELD', ['spec'], 'spec must be a mapping', 'write spec as a mapping');
        const staged = object.kind.startsWith('Staged');
        if (staged && spec.stagedAction === 'Delete') {
            warn('UNSUPPORTED_POLICY', ['spec', 'stagedAction'], 'a staged deletion (stagedAction: Delete) is not evaluated', 'nothing to fix; read it as a preview netreach cannot show');
            return { policies: [], diagnostics: warnings };
        }
        if (object.kind === 'StagedKubernetesNetworkPolicy')
            return stagedKubernetes(object, defaultNamespace, warnings);
        for (const key of Object.keys(spec))
            if (!SPEC_FIELDS.has(key))
                throw new Rejection('UNKNOWN_FIELD', ['spec', key], `${key} is not a field of a Calico ${object.kind} spec`, 'remove the field or correct its spelling');
        if (spec.doNotTrack === true || spec.preDNAT === true) {
            warn('UNSUPPORTED_POLICY', ['spec', spec.doNotTrack === true ? 'doNotTrack' : 'preDNAT'], `a ${spec.doNotTrack === true ? 'doNotTrack' : 'preDNAT'} policy applies to host endpoints only; it is not evaluated`, 'nothing to fix; read host traffic as not evaluated');
            return { policies: [], diagnostics: warnings };
        }
        if (spec.applyOnForward === true)
            warn('UNSUPPORTED_POLICY', ['spec', 'applyOnForward'], 'applyOnForward concerns traffic forwarded by host endpoints, which is not evaluated; its effect on pods is', 'nothing to fix');
        const tier = readTier(spec.tier, object.name, ctx.tiers);
        const order = readOrder(spec.order);
        const subject = calico_readSubject(spec, namespace);
        const types = readTypes(spec);
        const scope = { namespace, networkSets: ctx.networkSets, namespaceLabels: ctx.namespaceLabels };
        const rules = [];
        for (const direction of ['ingress', 'egress']) {
            const list = spec[direction];
            if (list === undefined || list === null)
                continue;
            if (!Array.isArray(list))
                throw new Rejection('INVALID_FIELD', ['spec', direction], `spec.${direction} must be a list of rules`, `write spec.${direction} as a list`);
            if (!types.includes(direction)) {
                warn('INVALID_FIELD', ['spec', direction], `it has ${direction} rules but types leaves ${direction} out, so Calico ignores them`, `add ${direction === 'ingress' ? 'Ingress' : 'Egress'} to types, or remove the rules`);
                continue;
            }
            list.forEach((raw, index) => {
                const rule = calico_readRule(raw, ['spec', direction, index], { policy: origin, direction, index, file: origin.file, line: at(['spec', direction, index]) }, scope, warn);
                if (rule !== undefined)
                    rules.push(rule);
            });
        }
        const policy = {
            origin,
            tier: 'calico',
            calico: { tier: tier.name, tierOrder: tier.order, order, types, ...(staged ? { staged: true } : {}) },
            subject,
            isolates: [],
            rules,
        };
        return { policies: [policy], diagnostics: warnings };
    }
    catch (error) {
        return { policies: [], diagnostics: [...warnings, rejectionDiagnostic(error, label, origin.file, at, 'Calico')] };
    }
}
/** A StagedKubernetesNetworkPolicy: a Kubernetes NetworkPolicy, evaluated as if enforced. */
function stagedKubernetes(object, defaultNamespace, warnings) {
    const compiled = compileNetworkPolicy(object, defaultNamespace);
    const policy = compiled.policy;
    if (policy === undefined)
        return { policies: [], diagnostics: [...warnings, ...compiled.diagnostics] };
    const origin = { ...policy.origin, kind: object.kind };
    return {
        policies: [
            {
                ...policy,
                origin,
                rules: policy.rules.map((r) => ({ ...r, origin: { ...r.origin, policy: origin } })),
                tier: 'calico',
                calico: {
                    tier: DEFAULT_TIER.name,
                    tierOrder: DEFAULT_TIER.order,
                    order: KUBERNETES_POLICY_ORDER,
                    types: policy.isolates,
                    staged: true,
                },
                isolates: [],
            },
        ],
        diagnostics: [...warnings, ...compiled.diagnostics],
    };
}
function readTier(value, name, tiers) {
    if (value === undefined || value === null || value === '') {
        // The stored form names a tiered policy `tier.name`; a prefix naming a known tier places it.
        const prefix = name.includes('.') ? name.slice(0, name.indexOf('.')) : undefined;
        return (prefix === undefined ? undefined : tiers.get(prefix)) ?? DEFAULT_TIER;
    }
    if (typeof value !== 'string')
        throw new Rejection('INVALID_FIELD', ['spec', 'tier'], 'tier must be a name', 'write tier: security');
    const tier = tiers.get(value);
    if (tier === undefined)
        throw new Rejection('INVALID_FIELD', ['spec', 'tier'], `the tier ${value} does not exist in these manifests`, `add the Tier ${value} (apiVersion projectcalico.org/v3, kind Tier) to the manifests, or correct the tier name`);
    return tier;
}
function readOrder(value) {
    if (value === undefined || value === null)
        return Infinity;
    if (typeof value !== 'number' || !Number.isFinite(value))
        throw new Rejection('INVALID_FIELD', ['spec', 'order'], 'order must be a number', 'write order: 100');
    return value;
}
function calico_readSubject(spec, namespace) {
    const selector = spec.selector === undefined ? undefined : readSelector(spec.selector, ['spec', 'selector'], 'selector');
    const namespaceSelector = spec.namespaceSelector === undefined || namespace !== undefined
        ? undefined
        : readSelector(spec.namespaceSelector, ['spec', 'namespaceSelector'], 'namespaceSelector');
    if (spec.namespaceSelector !== undefined && namespace !== undefined)
        throw new Rejection('UNKNOWN_FIELD', ['spec', 'namespaceSelector'], 'a namespaced NetworkPolicy has no namespaceSelector (only GlobalNetworkPolicy does)', 'remove it, or make the policy a GlobalNetworkPolicy');
    if (spec.serviceAccountSelector !== undefined) {
        const sa = readSelector(spec.serviceAccountSelector, ['spec', 'serviceAccountSelector'], 'serviceAccountSelector');
        if (sa.op !== 'all')
            throw new Rejection('UNSUPPORTED_POLICY', ['spec', 'serviceAccountSelector'], 'serviceAccountSelector selects by service-account labels, which netreach does not read', "select the pods with selector: \"projectcalico.org/serviceaccount == 'name'\" instead, or read this policy's paths as not evaluated");
    }
    const calico = {
        ...(selector === undefined || selector.op === 'all' ? {} : { selector }),
        ...(namespaceSelector === undefined || namespaceSelector.op === 'all' ? {} : { namespaceSelector }),
    };
    return {
        namespaces: namespace === undefined
            ? { kind: 'selector', selector: { requirements: [] } }
            : { kind: 'name', name: namespace },
        pods: { requirements: [] },
        ...(Object.keys(calico).length === 0 ? {} : { labels: 'calico', calico }),
    };
}
/** `types` as written, or Calico's default: Egress when there are egress rules only, both when
 * there are rules of both, else Ingress (§4). */
function readTypes(spec) {
    const has = (d) => Array.isArray(spec[d]) && spec[d].length > 0;
    if (spec.types === undefined || spec.types === null) {
        if (has('egress'))
            return has('ingress') ? ['ingress', 'egress'] : ['egress'];
        return ['ingress'];
    }
    if (!Array.isArray(spec.types))
        throw new Rejection('INVALID_POLICY_TYPE', ['spec', 'types'], 'types must be a list', 'write types: [Ingress, Egress]');
    return spec.types.map((t, i) => {
        if (t === 'Ingress')
            return 'ingress';
        if (t === 'Egress')
            return 'egress';
        throw new Rejection('INVALID_POLICY_TYPE', ['spec', 'types', i], `${JSON.stringify(t)} is not a type (Ingress or Egress)`, 'write Ingress or Egress');
    });
}
function calico_readRule(raw, path, origin, scope, warn) {
    if (!isRecord(raw))
        throw new Rejection('INVALID_FIELD', path, 'a rule must be a mapping', 'write the rule as a mapping');
    for (const key of Object.keys(raw))
        if (!RULE_FIELDS.has(key))
            throw new Rejection('UNKNOWN_FIELD', [...path, key], `${key} is not a field of a Calico rule`, 'remove the field or correct its spelling');
    const action = typeof raw.action === 'string' ? ACTIONS[raw.action.toLowerCase()] : undefined;
    if (action === undefined)
        throw new Rejection('INVALID_FIELD', [...path, 'action'], `action ${JSON.stringify(raw.action)} is not one of Allow, Deny, Pass, Log`, 'write action: Allow, Deny, Pass or Log');
    if (action === 'log')
        return undefined;
    const direction = origin.direction;
    const ipVersion = raw.ipVersion === undefined ? undefined : raw.ipVersion === 4 || raw.ipVersion === 6 ? raw.ipVersion : undefined;
    if (raw.ipVersion !== undefined && ipVersion === undefined)
        throw new Rejection('INVALID_FIELD', [...path, 'ipVersion'], 'ipVersion must be 4 or 6', 'write ipVersion: 4');
    const remoteKey = direction === 'ingress' ? 'source' : 'destination';
    const localKey = direction === 'ingress' ? 'destination' : 'source';
    const local = raw[localKey];
    if (isRecord(local)) {
        for (const key of Object.keys(local)) {
            if (key === 'ports' || key === 'notPorts') {
                if (localKey === 'destination')
                    continue;
                throw new Rejection('UNSUPPORTED_POLICY', [...path, localKey, key], `source ports of an ${direction} rule are not evaluated`, 'match on destination ports only, or read this policy as not evaluated');
            }
            throw new Rejection('UNSUPPORTED_POLICY', [...path, localKey, key], `${localKey}.${key} in an ${direction} rule narrows the policy's own endpoints, which netreach does not evaluate`, 'narrow them with the policy selector instead');
        }
    }
    const remote = readRemote(raw[remoteKey], [...path, remoteKey], {
        ...scope,
        ...(ipVersion === undefined ? {} : { ipVersion }),
    });
    if (isRecord(raw[remoteKey]) &&
        direction === 'ingress' &&
        ('ports' in raw[remoteKey] || 'notPorts' in raw[remoteKey]))
        throw new Rejection('UNSUPPORTED_POLICY', [...path, 'source', 'ports'], 'source ports of an ingress rule are not evaluated', 'match on destination ports only, or read this policy as not evaluated');
    const ports = calico_readPorts(raw, path, warn);
    const restriction = readHttp(raw.http, [...path, 'http']);
    return {
        origin,
        direction,
        action,
        peers: remote === 'all' ? 'all' : [remote],
        ports,
        ...(restriction === undefined ? {} : { restriction }),
    };
}
/** The destination ports a rule matches, from protocol, notProtocol, ports and notPorts (§8). */
function calico_readPorts(raw, path, warn) {
    const destination = isRecord(raw.destination) ? raw.destination : {};
    const ports = destination.ports;
    const notPorts = destination.notPorts;
    const protocol = raw.protocol === undefined ? undefined : readProtocol(raw.protocol, [...path, 'protocol']);
    const notProtocol = raw.notProtocol === undefined ? undefined : readProtocol(raw.notProtocol, [...path, 'notProtocol']);
    if ((ports !== undefined || notPorts !== undefined) && (protocol === undefined || protocol === 'other'))
        throw new Rejection('INVALID_PORT', [...path, ports !== undefined ? 'destination' : 'destination', ports !== undefined ? 'ports' : 'notPorts'], `${ports !== undefined ? 'ports' : 'notPorts'} need protocol TCP, UDP or SCTP on the rule`, 'add protocol: TCP (or UDP, SCTP) to the rule');
    if (raw.icmp !== undefined || raw.notICMP !== undefined || protocol === 'other')
        warn('UNSUPPORTED_POLICY', [...path, raw.icmp !== undefined ? 'icmp' : 'protocol'], 'ICMP and protocols other than TCP, UDP and SCTP are not evaluated; the rule is read for TCP, UDP and SCTP only', 'nothing to fix');
    if (protocol === 'other')
        return [];
    const protocols = protocol !== undefined ? [protocol] : ports_PROTOCOLS.filter((p) => p !== notProtocol);
    if (protocol === undefined && notProtocol === undefined)
        return 'all';
    const list = (value, key, p) => {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value))
            throw new Rejection('INVALID_PORT', [...path, 'destination', key], `${key} must be a list`, `write ${key}: [80, "8000:8080"]`);
        return value.map((v, i) => readPortEntry(v, p, [...path, 'destination', key, i]));
    };
    const out = [];
    for (const p of protocols) {
        const included = ports === undefined
            ? [{ kind: 'range', protocol: p, first: MIN_PORT, last: MAX_PORT }]
            : list(ports, 'ports', p);
        const excluded = list(notPorts, 'notPorts', p);
        if (excluded.some((e) => e.kind === 'named'))
            throw new Rejection('UNSUPPORTED_POLICY', [...path, 'destination', 'notPorts'], 'a named port in notPorts is not evaluated', 'write notPorts as numbers or ranges');
        for (const match of included) {
            if (match.kind === 'named') {
                if (excluded.length > 0)
                    throw new Rejection('UNSUPPORTED_POLICY', [...path, 'destination', 'ports'], 'named ports together with notPorts are not evaluated', 'write the ports as numbers');
                out.push(match);
                continue;
            }
            out.push(...subtractRanges(match, excluded));
        }
    }
    return out;
}
function subtractRanges(match, excluded) {
    let pieces = [[match.first, match.last]];
    for (const e of excluded) {
        pieces = pieces.flatMap(([a, b]) => {
            if (e.last < a || e.first > b)
                return [[a, b]];
            const out = [];
            if (e.first > a)
                out.push([a, e.first - 1]);
            if (e.last < b)
                out.push([e.last + 1, b]);
            return out;
        });
    }
    return pieces.map(([first, last]) => ({ kind: 'range', protocol: match.protocol, first, last }));
}
/** An `http` match: the rule lets only these requests through (a restriction, like Cilium's L7). */
function readHttp(value, path) {
    if (value === undefined || value === null)
        return undefined;
    if (!isRecord(value))
        throw new Rejection('INVALID_FIELD', path, 'http must be a mapping', 'write http: {methods: [GET]}');
    const methods = Array.isArray(value.methods) ? value.methods.map(String) : [];
    const paths = Array.isArray(value.paths)
        ? value.paths.map((p) => isRecord(p)
            ? typeof p.exact === 'string'
                ? p.exact
                : typeof p.prefix === 'string'
                    ? `${p.prefix}*`
                    : '?'
            : '?')
        : [];
    return `HTTP ${methods.length === 0 ? 'any method' : methods.join('|')} ${paths.length === 0 ? 'any path' : paths.join(' ')}`;
}

;// CONCATENATED MODULE: ./src/policies/cilium.ts
// Compiles CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy (cilium.io/v2) into Policies
// and Rules (SEMANTICS §5): one Policy per rule of `spec`/`specs`, default deny per direction
// switched on by a non-empty ingress/ingressDeny (egress/egressDeny) section or
// `enableDefaultDeny`, L3 members united (fromEndpoints, fromEntities, fromCIDR, fromCIDRSet,
// toServices, toFQDNs), L4 `toPorts` (protocol ANY by default), L7 rules and DNS names kept as
// restrictions, deny rules that beat every allow. Host policies (`nodeSelector`) are reported,
// not evaluated.







const cilium_ENTITIES = new Set(['host', 'remote-node', 'kube-apiserver', 'health', 'init', 'ingress', 'unmanaged']);
const L3_FIELDS = {
    ingress: ['fromEndpoints', 'fromEntities', 'fromCIDR', 'fromCIDRSet', 'fromNodes', 'fromGroups'],
    egress: ['toEndpoints', 'toEntities', 'toCIDR', 'toCIDRSet', 'toServices', 'toFQDNs', 'toNodes', 'toGroups'],
};
const DNS_RESTRICTION = 'depends on DNS at run time';
function compileCiliumPolicy(object, defaultNamespace) {
    const clusterwide = object.kind === 'CiliumClusterwideNetworkPolicy';
    const namespace = clusterwide ? undefined : (object.namespace ?? defaultNamespace);
    const origin = {
        kind: object.kind,
        ...(namespace === undefined ? {} : { namespace }),
        name: object.name,
        file: object.document.file,
        line: object.line,
    };
    const warnings = [];
    const at = (path) => object.document.lineOf([...object.path, ...path]);
    const label = `${object.kind} ${namespace === undefined ? '' : `${namespace}/`}${object.name}`;
    const ctx = {
        object,
        origin,
        namespace,
        at,
        warn: (code, path, message, fix) => warnings.push({
            code,
            severity: 'warning',
            file: origin.file,
            line: at(path),
            message: `${label}: ${message}`,
            fix,
        }),
    };
    try {
        const parts = [];
        if (object.value.spec !== undefined && object.value.spec !== null)
            parts.push({ value: object.value.spec, path: ['spec'] });
        if (Array.isArray(object.value.specs))
            object.value.specs.forEach((value, i) => parts.push({ value, path: ['specs', i] }));
        else if (object.value.specs !== undefined && object.value.specs !== null)
            throw new Rejection('INVALID_FIELD', ['specs'], 'specs must be a list of rules', 'write specs as a list');
        if (parts.length === 0)
            throw new Rejection('INVALID_FIELD', [], 'the policy has neither spec nor specs', 'give it a spec');
        const policies = parts.flatMap((part) => cilium_compileRule(part.value, part.path, parts.length > 1 || part.path[0] === 'specs', ctx));
        return { policies, diagnostics: warnings };
    }
    catch (error) {
        return { policies: [], diagnostics: [...warnings, rejectionDiagnostic(error, label, origin.file, at, 'Cilium')] };
    }
}
function cilium_selector(value, path, what) {
    const s = readCiliumSelector(value);
    if (typeof s === 'string')
        throw new Rejection('INVALID_SELECTOR', path, `${what}: ${s}`, 'fix the selector');
    return s;
}
function cilium_compileRule(raw, path, named, ctx) {
    if (!isRecord(raw))
        throw new Rejection('INVALID_FIELD', path, `${path.join('.')} must be a mapping`, 'write the rule as a mapping');
    const part = named ? path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('') : undefined;
    if (raw.endpointSelector === undefined || raw.endpointSelector === null) {
        if (raw.nodeSelector !== undefined) {
            ctx.warn('UNSUPPORTED_POLICY', [...path, 'nodeSelector'], 'a host policy (nodeSelector) applies to nodes, not pods; it is not evaluated', 'nothing to fix; read its effect on node traffic elsewhere');
            return [];
        }
        throw new Rejection('INVALID_FIELD', path, 'the rule has neither endpointSelector nor nodeSelector', 'add an endpointSelector');
    }
    const pods = cilium_selector(raw.endpointSelector, [...path, 'endpointSelector'], 'endpointSelector');
    // A namespaced policy only ever selects pods of its own namespace.
    const subject = {
        namespaces: ctx.namespace === undefined
            ? { kind: 'selector', selector: { requirements: [] } }
            : { kind: 'name', name: ctx.namespace },
        pods,
        labels: 'cilium',
    };
    const defaultDeny = isRecord(raw.enableDefaultDeny) ? raw.enableDefaultDeny : {};
    const isolates = [];
    const rules = [];
    for (const direction of ['ingress', 'egress']) {
        const allow = list(raw[direction], [...path, direction]);
        const deny = list(raw[`${direction}Deny`], [...path, `${direction}Deny`]);
        allow.forEach((r, i) => {
            for (const rule of compileSection(r, direction, 'allow', [...path, direction, i], i, part, ctx))
                rules.push(citedAtPatch(rule, ctx.object, [...path, direction, i]));
        });
        deny.forEach((r, i) => {
            for (const rule of compileSection(r, direction, 'deny', [...path, `${direction}Deny`, i], i, part, ctx))
                rules.push(citedAtPatch(rule, ctx.object, [...path, `${direction}Deny`, i]));
        });
        // SEMANTICS §5.2: a non-empty section turns on default deny, unless the rule opts out.
        const explicit = defaultDeny[direction];
        if (explicit === true || (explicit !== false && allow.length + deny.length > 0))
            isolates.push(direction);
    }
    return [{ origin: ctx.origin, tier: 'namespaced', subject, isolates, rules }];
}
function list(value, path) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new Rejection('INVALID_FIELD', path, `${String(path[path.length - 1])} must be a list`, 'write it as a list');
    return value;
}
function compileSection(raw, direction, action, path, index, part, ctx) {
    if (!isRecord(raw))
        throw new Rejection('INVALID_FIELD', path, 'a rule must be a mapping', 'write the rule as a mapping');
    const section = action === 'deny' ? `${direction}Deny` : undefined;
    const origin = {
        policy: ctx.origin,
        direction,
        index,
        file: ctx.origin.file,
        line: ctx.at(path),
        ...(part === undefined ? {} : { part }),
        ...(section === undefined ? {} : { section }),
    };
    const { peers, dns } = readPeers(raw, direction, action, path, ctx);
    const portRules = readToPorts(raw, action, path, ctx);
    const empty = isEmptyRule(raw) ? { emptyRule: true } : {};
    return portRules.map((p) => {
        const restriction = [dns ? DNS_RESTRICTION : undefined, p.restriction]
            .filter((r) => r !== undefined)
            .join('; ');
        return {
            origin,
            direction,
            action,
            peers,
            ports: p.ports,
            ...(restriction === '' ? {} : { restriction }),
            ...empty,
        };
    });
}
/** A rule with no L3 and no L4 member (`{}`): it selects no peer (SEMANTICS §5.3). */
function isEmptyRule(raw) {
    const members = [...L3_FIELDS.ingress, ...L3_FIELDS.egress, 'toPorts', 'icmps'];
    return members.every((m) => raw[m] === undefined || raw[m] === null);
}
/**
 * The union of the rule's L3 members (SEMANTICS §5.3). With no L3 member, a rule that has L4
 * (`toPorts`, `icmps`) matches any peer on those ports ("to any layer 3 destination", Cilium
 * layer4 docs), but a rule with no member at all (`ingress: [{}]`) matches no peer: it only
 * turns on default deny (Cilium's "Ingress/Egress Default Deny" example) — the opposite of
 * NetworkPolicy's `ingress: [{}]`.
 */
function readPeers(raw, direction, action, path, ctx) {
    const present = L3_FIELDS[direction].filter((f) => raw[f] !== undefined && raw[f] !== null);
    for (const deprecated of ['fromRequires', 'toRequires']) {
        if (raw[deprecated] !== undefined)
            ctx.warn('UNSUPPORTED_POLICY', [...path, deprecated], `${deprecated} is deprecated (removed in Cilium 1.19) and not evaluated`, 'express the requirement in the endpoint selectors');
    }
    if (present.length === 0)
        return { peers: isEmptyRule(raw) ? [] : 'all', dns: false };
    const peers = [];
    let dns = false;
    for (const field of present) {
        const items = list(raw[field], [...path, field]);
        const fieldPath = [...path, field];
        // An explicitly empty list selects nothing (Cilium 1.15+), unlike NetworkPolicy's `from: []`.
        items.forEach((item, i) => {
            const itemPath = [...fieldPath, i];
            switch (field) {
                case 'fromEndpoints':
                case 'toEndpoints': {
                    const s = cilium_selector(item, itemPath, field);
                    const scoped = ctx.namespace !== undefined && !namesNamespace(s) && !namesReserved(s);
                    peers.push({
                        kind: 'pods',
                        namespaces: scoped
                            ? { kind: 'name', name: ctx.namespace }
                            : { kind: 'selector', selector: { requirements: [] } },
                        pods: s,
                        labels: 'cilium',
                    });
                    return;
                }
                case 'fromEntities':
                case 'toEntities': {
                    const name = String(item);
                    if (name === 'none')
                        return;
                    const entity = name === 'world-ipv4' || name === 'world-ipv6' ? 'world' : name;
                    if (entity !== 'world' && entity !== 'cluster' && entity !== 'all' && !cilium_ENTITIES.has(entity)) {
                        throw new Rejection('INVALID_FIELD', itemPath, `the entity "${name}" is unknown`, 'use world, cluster, host, remote-node, kube-apiserver, health, init, ingress, unmanaged, all or none');
                    }
                    peers.push({ kind: 'entities', names: [entity] });
                    return;
                }
                case 'fromCIDR':
                case 'toCIDR':
                    peers.push(cidrPeer(item, [], itemPath));
                    return;
                case 'fromCIDRSet':
                case 'toCIDRSet': {
                    if (!isRecord(item))
                        throw new Rejection('INVALID_CIDR', itemPath, `${field} entries must be mappings`, 'write {cidr: 10.0.0.0/8, except: [...]}');
                    if (item.cidrGroupRef !== undefined || item.cidrGroupSelector !== undefined) {
                        ctx.warn('UNDECIDABLE_PEER', itemPath, `${field}[${i}] refers to a CiliumCIDRGroup, which is not read; it matches nothing here`, 'use cidr with except instead');
                        peers.push({ kind: 'undecidable', what: 'cidrGroupRef' });
                        return;
                    }
                    peers.push(cidrPeer(item.cidr, list(item.except, [...itemPath, 'except']), itemPath));
                    return;
                }
                case 'toServices': {
                    if (!isRecord(item))
                        throw new Rejection('INVALID_FIELD', itemPath, 'toServices entries must be mappings', 'write {k8sService: {serviceName: x, namespace: y}}');
                    const service = isRecord(item.k8sService) ? item.k8sService : undefined;
                    const bySelector = isRecord(item.k8sServiceSelector) ? item.k8sServiceSelector : undefined;
                    const namespace = valueText((service ?? bySelector)?.namespace ?? ctx.namespace ?? 'default');
                    if (service !== undefined && typeof service.serviceName === 'string') {
                        peers.push({ kind: 'service', namespace, name: service.serviceName });
                    }
                    else if (bySelector !== undefined) {
                        const s = readCiliumSelector(bySelector.selector);
                        if (typeof s === 'string')
                            throw new Rejection('INVALID_SELECTOR', [...itemPath, 'k8sServiceSelector', 'selector'], `k8sServiceSelector.selector: ${s}`, 'fix the selector');
                        peers.push({ kind: 'service', namespace, selector: s });
                    }
                    else {
                        throw new Rejection('INVALID_FIELD', itemPath, 'a toServices entry needs k8sService (serviceName) or k8sServiceSelector', 'name the Service');
                    }
                    return;
                }
                case 'toFQDNs': {
                    const pattern = isRecord(item) ? (item.matchName ?? item.matchPattern) : undefined;
                    if (typeof pattern !== 'string' || pattern === '')
                        throw new Rejection('INVALID_FIELD', itemPath, 'a toFQDNs entry needs matchName or matchPattern', 'write {matchName: example.com}');
                    dns = true;
                    peers.push({ kind: 'fqdn', pattern: pattern.toLowerCase() });
                    return;
                }
                default:
                    ctx.warn('UNDECIDABLE_PEER', itemPath, `${field} needs ${field.endsWith('Nodes') ? 'node labels and addresses' : 'cloud provider data'} that a static evaluation does not have; it matches nothing here`, 'read the verdicts of this rule as unknown for those peers');
                    peers.push({ kind: 'undecidable', what: field });
            }
        });
    }
    if (dns && action === 'deny')
        throw new Rejection('INVALID_FIELD', path, 'toFQDNs is not allowed in egressDeny', 'deny by CIDR instead');
    return { peers, dns };
}
function cidrPeer(cidrText, excepts, path) {
    const text = String(cidrText);
    const cidr = parseCidr(text.includes('/') ? text : `${text}/${text.includes(':') ? 128 : 32}`);
    if (cidr === undefined)
        throw new Rejection('INVALID_CIDR', path, `"${text}" is not a valid CIDR`, 'write an address and a prefix length');
    const cut = [];
    const cutText = [];
    excepts.forEach((e, i) => {
        const except = parseCidr(String(e));
        if (except === undefined)
            throw new Rejection('INVALID_CIDR', [...path, 'except', i], `except "${String(e)}" is not a valid CIDR`, 'write an address and a prefix length');
        cut.push(except.range);
        cutText.push(except.canonical);
    });
    return {
        kind: 'cidr',
        ips: subtractIpSets([cidr.range], ipSetOf(cut)),
        text: cutText.length === 0 ? cidr.canonical : `${cidr.canonical} except ${cutText.join(', ')}`,
    };
}
const cilium_PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
/** One entry per toPorts item: its ports and what its L7 rules let through. */
function readToPorts(raw, action, path, ctx) {
    const toPorts = raw.toPorts;
    const icmpOnly = raw.icmps !== undefined && raw.icmps !== null;
    if (toPorts === undefined || toPorts === null) {
        // ICMP rules allow no TCP, UDP or SCTP port (ICMP is not evaluated, SEMANTICS §2.14).
        return [{ ports: icmpOnly ? [] : 'all' }];
    }
    const items = list(toPorts, [...path, 'toPorts']);
    if (items.length === 0)
        return [{ ports: [] }];
    return items.map((item, i) => {
        const itemPath = [...path, 'toPorts', i];
        if (!isRecord(item))
            throw new Rejection('INVALID_PORT', itemPath, 'toPorts entries must be mappings', 'write {ports: [{port: "80", protocol: TCP}]}');
        const restriction = l7(item);
        if (restriction !== undefined && action === 'deny') {
            ctx.warn('UNSUPPORTED_POLICY', itemPath, 'deny rules take no L7 rules; they were ignored', 'remove the L7 rules from the deny rule');
        }
        const ports = item.ports === undefined || item.ports === null
            ? 'all'
            : list(item.ports, [...itemPath, 'ports']).flatMap((p, j) => cilium_readPort(p, [...itemPath, 'ports', j]));
        return action === 'deny' || restriction === undefined ? { ports } : { ports, restriction };
    });
}
function cilium_readPort(raw, path) {
    if (!isRecord(raw))
        throw new Rejection('INVALID_PORT', path, 'a port must be a mapping', 'write {port: "80", protocol: TCP}');
    const protocol = raw.protocol ?? 'ANY';
    if (protocol !== 'ANY' && protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
        throw new Rejection('INVALID_PORT', [...path, 'protocol'], `protocol ${JSON.stringify(protocol)} is not TCP, UDP, SCTP or ANY`, 'use TCP, UDP, SCTP or ANY (use icmps for ICMP)');
    }
    const protocols = protocol === 'ANY' ? cilium_PROTOCOLS : [protocol];
    const text = raw.port === undefined || raw.port === null ? '0' : valueText(raw.port);
    if (/^\d+$/.test(text)) {
        const port = Number(text);
        // Port 0 (or none) is every port of the protocol.
        if (port === 0)
            return protocols.map((p) => ({ kind: 'range', protocol: p, first: 1, last: 65535 }));
        if (port > 65535)
            throw new Rejection('INVALID_PORT', [...path, 'port'], `port ${text} is outside 1–65535`, 'use a port from 1 to 65535');
        let last = port;
        if (raw.endPort !== undefined && raw.endPort !== null) {
            const end = Number(raw.endPort);
            if (!Number.isInteger(end) || end < port || end > 65535)
                throw new Rejection('INVALID_END_PORT', [...path, 'endPort'], `endPort ${JSON.stringify(raw.endPort)} must be from ${port} to 65535`, 'set endPort at or above port');
            last = end;
        }
        return protocols.map((p) => ({ kind: 'range', protocol: p, first: port, last }));
    }
    // A named port (endPort does not apply to it).
    return protocols.map((p) => ({ kind: 'named', protocol: p, name: text }));
}
/** What the L7 part of a toPorts entry lets through, or undefined when it has none. */
function l7(item) {
    const parts = [];
    const rules = isRecord(item.rules) ? item.rules : {};
    if (Array.isArray(rules.http)) {
        const http = rules.http.map((h) => {
            const r = isRecord(h) ? h : {};
            return `HTTP ${typeof r.method === 'string' ? r.method : 'any method'} ${typeof r.path === 'string' ? r.path : 'any path'}${typeof r.host === 'string' ? ` on ${r.host}` : ''}${headersText(r)}`;
        });
        parts.push(http.length === 0 ? 'HTTP' : http.join(' or '));
    }
    if (Array.isArray(rules.kafka))
        parts.push(`Kafka ${rules.kafka.map(kafkaText).filter(Boolean).join(' or ') || 'requests'}`.trim());
    if (Array.isArray(rules.dns))
        parts.push(`DNS ${rules.dns.map((d) => (isRecord(d) ? [d.matchName, d.matchPattern].filter((x) => typeof x === 'string').join(' ') : '')).join(' or ')}`.trim());
    if (typeof rules.l7proto === 'string')
        parts.push(`${rules.l7proto} requests${Array.isArray(rules.l7) && rules.l7.length > 0 ? ` matching ${rules.l7.map((r) => JSON.stringify(r)).join(' or ')}` : ''}`);
    if (Array.isArray(item.serverNames))
        parts.push(`TLS SNI ${item.serverNames.join(' or ')}`);
    if (item.listener !== undefined)
        parts.push('an Envoy listener');
    if (item.terminatingTLS !== undefined || item.originatingTLS !== undefined)
        parts.push('TLS interception');
    return parts.length === 0 ? undefined : parts.join('; ');
}
/** The header conditions of an HTTP rule: ` with headers X-A: 1, X-B (not X-C: 2)`, or ''. */
function headersText(r) {
    const plain = Array.isArray(r.headers) ? r.headers.map(String) : [];
    const matches = Array.isArray(r.headerMatches)
        ? r.headerMatches.filter(isRecord).map((m) => {
            const secret = isRecord(m.secret)
                ? `: the value of secret ${m.secret.namespace === undefined ? '' : `${valueText(m.secret.namespace)}/`}${valueText(m.secret.name)}`
                : '';
            return `${valueText(m.name)}${m.value === undefined ? secret : `: ${valueText(m.value)}`}${typeof m.mismatch === 'string' ? ` (on mismatch ${m.mismatch})` : ''}`;
        })
        : [];
    const all = [...plain, ...matches];
    return all.length === 0 ? '' : ` with headers ${all.join(', ')}`;
}
/** One Kafka rule: `produce topic orders`, `apiKey fetch version 1 client x topic y`. */
function kafkaText(k) {
    if (!isRecord(k))
        return '';
    const field = (name, label) => k[name] === undefined || k[name] === null ? undefined : `${label}${valueText(k[name])}`;
    return [
        field('role', ''),
        field('apiKey', 'apiKey '),
        field('apiVersion', 'version '),
        field('clientID', 'client '),
        field('topic', 'topic '),
    ]
        .filter(Boolean)
        .join(' ');
}

;// CONCATENATED MODULE: ./src/policies/build-cluster.ts











const ADMIN_KINDS = new Set(['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy']);
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
function buildCluster(files, options) {
    // Helm charts and Go templates are not manifests until rendered: one diagnostic each.
    const manifests = setAsideTemplates(files);
    const diagnostics = [...manifests.diagnostics];
    const documents = manifests.files.flatMap((file) => {
        const parsed = options.parse(file);
        for (const item of parsed.diagnostics)
            diagnostics.push(item);
        return parsed.documents;
    });
    for (const item of options.documents ?? [])
        documents.push(item);
    const collected = collectObjects(documents);
    for (const item of collected.diagnostics)
        diagnostics.push(item);
    const namespaces = new Map();
    const renderedAgain = [];
    for (const object of collected.objects) {
        if (object.kind !== 'Namespace')
            continue;
        const metadata = object.value.metadata;
        const labels = readLabels(metadata.labels);
        const source = { file: object.document.file, line: object.line };
        if (typeof labels === 'string') {
            diagnostics.push({
                code: 'INVALID_FIELD',
                severity: 'error',
                ...source,
                message: `Namespace ${object.name}: ${labels}; its labels were ignored`,
                fix: 'quote label values',
            });
        }
        const earlier = namespaces.get(object.name);
        if (earlier?.source !== undefined && isSameSource(earlier.source, source))
            renderedAgain.push({ what: `Namespace ${object.name}`, ...source });
        else if (earlier?.source !== undefined)
            diagnostics.push(build_cluster_duplicate(`Namespace ${object.name}`, source, earlier.source));
        namespaces.set(object.name, {
            name: object.name,
            labels: { ...(typeof labels === 'string' ? {} : labels), [NAMESPACE_NAME_LABEL]: object.name },
            declared: true,
            source,
        });
    }
    const workloads = readWorkloads(collected.objects, options.defaultNamespace);
    for (const item of workloads.diagnostics)
        diagnostics.push(item);
    renderedAgain.push(...workloads.renderedAgain);
    const services = readServices(collected.objects, options.defaultNamespace);
    for (const item of services.diagnostics)
        diagnostics.push(item);
    // Workloads and Services are refused at their object's line; policies, below.
    const refused = new Set();
    const refusedAt = new Set([...workloads.diagnostics, ...services.diagnostics]
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.file}:${d.line}`));
    for (const object of collected.objects)
        if (refusedAt.has(`${object.document.file}:${object.line}`))
            refused.add(object);
    // Calico's tiers and network sets, which its policies read.
    const calicoInputs = readCalicoInputs(collected.objects, options.defaultNamespace);
    for (const item of calicoInputs.diagnostics)
        diagnostics.push(item);
    const calico = {
        tiers: calicoInputs.tiers,
        networkSets: calicoInputs.networkSets,
        namespaceLabels: (name) => namespaces.get(name)?.labels,
    };
    // Policies by kind and name: a later definition replaces an earlier one, as kubectl apply would.
    const policies = new Map();
    for (const object of collected.objects) {
        const compiled = compilePolicy(object, options.defaultNamespace, calico);
        if (compiled === undefined)
            continue;
        for (const item of compiled.diagnostics)
            diagnostics.push(item);
        if (compiled.policies.length === 0 && compiled.diagnostics.some((d) => d.severity === 'error'))
            refused.add(object);
        if (compiled.policies.length === 0)
            continue;
        const origin = compiled.policies[0].origin;
        const name = origin.namespace === undefined ? object.name : `${origin.namespace}/${object.name}`;
        const key = `${isCalicoObject(object) ? 'projectcalico.org/' : ''}${object.kind}/${name}`;
        const earlier = policies.get(key)?.[0];
        if (earlier !== undefined && isSameSource(earlier.origin, origin))
            renderedAgain.push({ what: `${object.kind} ${name}`, file: origin.file, line: origin.line });
        else if (earlier !== undefined)
            diagnostics.push(build_cluster_duplicate(`${object.kind} ${name}`, origin, earlier.origin));
        // What Kustomize did to a rendered policy, for the because-lines (PolicyOrigin.transformedBy).
        const transformedBy = object.document.transformedBy;
        policies.set(key, transformedBy === undefined
            ? compiled.policies
            : compiled.policies.map((p) => ({ ...p, origin: { ...p.origin, transformedBy } })));
    }
    // Staged policies are not enforced: kept apart, for the preview of what enforcing them does.
    const compiledPolicies = [...policies.values()].flat();
    const staged = compiledPolicies.filter((p) => p.calico?.staged === true);
    const allPolicies = placeInCalicoTiers(compiledPolicies.filter((p) => p.calico?.staged !== true));
    for (const item of samePriorityWarnings(allPolicies))
        diagnostics.push(item);
    for (const item of tiersBeforeAdmin(allPolicies, calicoInputs.tiers))
        diagnostics.push(item);
    if (renderedAgain.length > 0)
        diagnostics.push(renderedTwice(renderedAgain));
    // Namespaces that workloads and policies use but no manifest declares (SEMANTICS §2.7). They
    // have only the name label; that can change a verdict only where a selector reads another
    // namespace label, so one warning in all, at the first such selector.
    const used = new Set([
        ...workloads.workloads.map((w) => w.namespace),
        ...allPolicies.flatMap((p) => (p.origin.namespace === undefined ? [] : [p.origin.namespace])),
    ]);
    const undeclared = [...used].filter((name) => !namespaces.has(name));
    for (const name of undeclared)
        namespaces.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name }, declared: false });
    const labelReader = firstNamespaceLabelReader(allPolicies);
    if (undeclared.length > 0 && labelReader !== undefined)
        diagnostics.push(undeclaredNamespaces(undeclared, labelReader));
    for (const w of workloads.workloads) {
        if (!w.hostNetwork)
            continue;
        diagnostics.push({
            code: 'HOST_NETWORK',
            severity: 'warning',
            ...w.source,
            message: `${w.kind} ${w.namespace}/${w.name} uses hostNetwork: pod and namespace selectors do not select it, and its traffic is the node's (NetworkPolicy leaves host-network pods to the network plugin)`,
            fix: 'nothing to fix; read its verdicts as those of node traffic',
        });
    }
    const objects = collected.objects.filter((o) => !refused.has(o)).map((o) => readObject(o, options.defaultNamespace));
    return {
        namespaces,
        workloads: workloads.workloads,
        services: services.services,
        policies: allPolicies,
        diagnostics,
        objects,
        ...(allPolicies.some((p) => p.tier === 'calico') || staged.length > 0 ? { calicoTiers: calicoInputs.tiers } : {}),
        ...(staged.length > 0 ? { stagedPolicies: staged } : {}),
    };
}
const CLUSTER_SCOPED = new Set([
    'Namespace',
    'AdminNetworkPolicy',
    'BaselineAdminNetworkPolicy',
    'ClusterNetworkPolicy',
    'CiliumClusterwideNetworkPolicy',
]);
const CALICO_CLUSTER_SCOPED = new Set(['GlobalNetworkPolicy', 'StagedGlobalNetworkPolicy', 'GlobalNetworkSet', 'Tier']);
function readObject(o, defaultNamespace) {
    const calico = isCalicoObject(o);
    const kind = calico ? `${o.kind}.projectcalico.org` : o.kind;
    const key = (calico ? CALICO_CLUSTER_SCOPED : CLUSTER_SCOPED).has(o.kind)
        ? `${kind} ${o.name}`
        : `${kind} ${o.namespace ?? defaultNamespace}/${o.name}`;
    return { key, file: o.document.file, line: o.line, document: o.document, path: o.path, value: o.value };
}
/** The policies an object compiles to (none for other kinds). */
function compilePolicy(object, defaultNamespace, calico) {
    if (isCalicoObject(object))
        return CALICO_POLICY_KINDS.has(object.kind) ? compileCalicoPolicy(object, defaultNamespace, calico) : undefined;
    const single = (c) => ({
        policies: c.policy === undefined ? [] : [c.policy],
        diagnostics: c.diagnostics,
    });
    if (object.kind === 'NetworkPolicy')
        return single(compileNetworkPolicy(object, defaultNamespace));
    if (ADMIN_KINDS.has(object.kind))
        return single(compileAdminPolicy(object));
    if (object.kind === 'CiliumNetworkPolicy' || object.kind === 'CiliumClusterwideNetworkPolicy')
        return compileCiliumPolicy(object, defaultNamespace);
    return undefined;
}
/** Admin (or baseline) policies sharing a priority: where both match a connection, the API leaves
 * the outcome undefined (SEMANTICS §4.3), and the verdict is marked uncertain. */
function samePriorityWarnings(policies) {
    const byRank = new Map();
    for (const p of policies) {
        if (p.tier === 'namespaced' || p.priority === undefined)
            continue;
        const key = `${p.tier}/${p.priority}`;
        byRank.set(key, [...(byRank.get(key) ?? []), p]);
    }
    const out = [];
    for (const group of byRank.values()) {
        if (group.length < 2)
            continue;
        const [first, ...others] = group;
        for (const p of others) {
            out.push({
                code: 'SAME_PRIORITY',
                severity: 'warning',
                file: p.origin.file,
                line: p.origin.line,
                message: `${p.origin.kind} ${p.origin.name} has priority ${p.priority}, like ${first.origin.kind} ${first.origin.name} (${first.origin.file}:${first.origin.line}); where both match a connection the outcome is undefined, and verdicts where they disagree are marked uncertain`,
                fix: 'give each policy of a tier its own priority',
            });
        }
    }
    return out;
}
/** Objects that several rendered kustomizations share (a base): one warning for all of them. */
function renderedTwice(objects) {
    const names = [...new Set(objects.map((o) => o.what))];
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
    const first = objects[0];
    return {
        code: 'DUPLICATE_NAME',
        severity: 'warning',
        file: first.file,
        line: first.line,
        message: `${names.length} ${names.length === 1 ? 'object is' : 'objects are'} rendered by more than one kustomization from the same source (${shown}); in one merged cluster the last rendering is used`,
        fix: 'if the kustomizations are different clusters (environments), evaluate each on its own with --clusters separate (action input clusters: separate)',
    };
}
function build_cluster_duplicate(what, later, earlier) {
    return {
        code: 'DUPLICATE_NAME',
        severity: 'warning',
        file: later.file,
        line: later.line,
        message: `${what} is defined again (first at ${earlier.file}:${earlier.line}); the later definition is used, as kubectl apply would`,
        fix: 'keep one definition of each object',
    };
}
/** The first selector that reads a namespace label other than the name label, which every
 * namespace has: a namespaceSelector (NetworkPolicy, AdminNetworkPolicy subjects and peers) or a
 * Cilium endpoint selector on `io.cilium.k8s.namespace.labels.*`. */
function firstNamespaceLabelReader(policies) {
    const readsLabels = (s) => {
        if (s.namespaces.kind === 'selector' &&
            s.namespaces.selector.requirements.some((r) => r.key !== NAMESPACE_NAME_LABEL))
            return true;
        return (s.labels === 'cilium' &&
            s.pods.requirements.some((r) => r.key.startsWith(NAMESPACE_LABEL_PREFIX) && r.key !== NAMESPACE_LABEL_PREFIX + NAMESPACE_NAME_LABEL));
    };
    for (const policy of policies) {
        if (readsLabels(policy.subject))
            return policy.origin;
        for (const rule of policy.rules) {
            if (rule.peers !== 'all' && rule.peers.some((peer) => peer.kind === 'pods' && readsLabels(peer)))
                return rule.origin;
        }
    }
    return undefined;
}
function undeclaredNamespaces(names, at) {
    const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? ` and ${names.length - 10} more` : '');
    return {
        code: 'UNDECLARED_NAMESPACE',
        severity: 'warning',
        file: at.file,
        line: at.line,
        message: `a namespace selector here reads labels other than ${NAMESPACE_NAME_LABEL}, but ${names.length === 1 ? 'namespace' : 'namespaces'} ${shown} ${names.length === 1 ? 'has' : 'have'} no manifest, so ${names.length === 1 ? 'its' : 'their'} labels are unknown: netreach gives ${names.length === 1 ? 'it' : 'them'} only ${NAMESPACE_NAME_LABEL}, so selectors see ${names.length === 1 ? 'its' : 'their'} other labels as absent`,
        fix: 'add a Namespace manifest with its labels for each of them, or select namespaces by kubernetes.io/metadata.name',
    };
}
/** With Calico policies in the cluster, Kubernetes NetworkPolicies are policies of Calico's default
 * tier at order 1000 (docs/semantics-calico.md §2.4), ordered among the Calico policies there.
 * Their isolation stays recorded for the reports. Without Calico policies nothing changes: the
 * default tier alone is NetworkPolicy's isolation and union of allows. */
function placeInCalicoTiers(policies) {
    if (!policies.some((p) => p.tier === 'calico'))
        return [...policies];
    return policies.map((p) => p.tier === 'namespaced' && p.origin.kind === 'NetworkPolicy'
        ? {
            ...p,
            tier: 'calico',
            calico: {
                tier: DEFAULT_TIER.name,
                tierOrder: DEFAULT_TIER.order,
                order: KUBERNETES_POLICY_ORDER,
                types: p.isolates,
                kubernetes: true,
            },
        }
        : p);
}
/** Calico evaluates AdminNetworkPolicies in a tier of order 1000 (docs/semantics-calico.md §2.5);
 * netreach evaluates them before every Calico tier. A Calico tier ordered below 1000 beside them
 * would come first in Calico: said at the tier, once. */
function tiersBeforeAdmin(policies, tiers) {
    if (!policies.some((p) => p.tier === 'admin'))
        return [];
    const used = new Set(policies.flatMap((p) => (p.calico === undefined ? [] : [p.calico.tier])));
    return [...tiers.values()]
        .filter((t) => t.order < 1000 && used.has(t.name) && t.source !== undefined)
        .map((t) => ({
        code: 'UNSUPPORTED_POLICY',
        severity: 'warning',
        file: t.source.file,
        line: t.source.line,
        message: `Tier ${t.name} has order ${t.order}, below the order 1000 of Calico's tier for admin network policies: Calico evaluates it before them, netreach after them, so verdicts where both decide may differ from Calico's`,
        fix: 'give the tier an order above 1000, or read the verdicts of the endpoints both select with care',
    }));
}

;// CONCATENATED MODULE: ./src/engine/decide.ts



function decide(conn, direction, src, dst, ports) {
    const subject = direction === 'egress' ? src : dst;
    const peer = direction === 'egress' ? dst : src;
    const target = conn.workloadAt(dst);
    const { portClasses } = conn.universe;
    const rules = conn.rulesFor(direction, subject);
    const classes = new Set();
    const p = port_set_isAllPorts(ports) ? ALL_PORTS : ports;
    for (const protocol of ['TCP', 'UDP', 'SCTP'])
        for (const [first, last] of p[protocol] ?? [])
            for (const c of portClasses.classesIn(protocol, first, last))
                classes.add(c);
    const matches = (r, c) => hasBit(r.peers, peer) &&
        (r.allPorts ||
            r.classes.includes(c) ||
            r.named.some((n) => (target?.ports ?? []).some((port) => port.name === n.name && port.protocol === n.protocol && portClasses.classOf(port.protocol, port.port) === c)));
    const allowedBy = new Set();
    const deniedBy = new Set();
    const isolatedBy = new Set();
    const restrictions = new Set();
    let byDefault = false;
    /** The first priority level with a match: each policy's first matching rule there. */
    const firstLevel = (tier, c) => {
        for (let i = 0; i < tier.length;) {
            const priority = tier[i]?.policy.priority;
            const first = new Map();
            for (; i < tier.length && tier[i]?.policy.priority === priority; i++) {
                const r = tier[i];
                if (!first.has(r.policy) && matches(r, c))
                    first.set(r.policy, r);
            }
            if (first.size > 0)
                return [...first.values()];
        }
        return [];
    };
    /** Records the decision of a level (the strictest action wins a conflict); returns it. */
    const record = (matched) => {
        const denies = matched.filter((r) => r.rule.action === 'deny');
        if (denies.length > 0) {
            denies.forEach((r) => deniedBy.add(r));
            return 'deny';
        }
        if (matched.some((r) => r.rule.action === 'pass'))
            return 'pass';
        if (matched.length === 0)
            return undefined;
        matched.forEach((r) => allowedBy.add(r));
        return 'allow';
    };
    for (const c of classes) {
        const admin = record(firstLevel(rules.admin, c));
        if (admin === 'allow' || admin === 'deny')
            continue;
        if (rules.calico.length > 0) {
            // Calico tiers: the first rule that matches decides (calico-tiers.ts); past them, the
            // profile allows.
            const r = decidingCalicoRule(rules.calico, (x) => matches(x, c));
            if (r === undefined)
                byDefault = true;
            else if (r.rule.action === 'deny')
                deniedBy.add(r);
            else {
                allowedBy.add(r);
                if (r.rule.restriction !== undefined)
                    restrictions.add(r.rule.restriction);
            }
            continue;
        }
        const denies = rules.namespaced.filter((r) => r.rule.action === 'deny' && matches(r, c));
        if (denies.length > 0) {
            denies.forEach((r) => deniedBy.add(r));
            continue;
        }
        if (conn.isIsolated(direction, subject)) {
            const allows = rules.namespaced.filter((r) => r.rule.action === 'allow' && matches(r, c));
            if (allows.length > 0)
                allows.forEach((r) => allowedBy.add(r));
            else
                conn.isolatingPolicies(direction, subject).forEach((pol) => isolatedBy.add(pol));
            if (allows.length > 0 && allows.every((r) => r.rule.restriction !== undefined))
                allows.forEach((r) => restrictions.add(r.rule.restriction));
            continue;
        }
        const baseline = record(firstLevel(rules.baseline, c));
        if (baseline === undefined || baseline === 'pass')
            byDefault = true;
    }
    return {
        allowedBy: [...allowedBy],
        deniedBy: [...deniedBy],
        isolatedBy: [...isolatedBy],
        byDefault,
        restrictions: [...restrictions],
    };
}

;// CONCATENATED MODULE: ./src/engine/pair.ts


/** Classes whose set in this class map holds `peer`, or `all` when every class does. */
function classesWith(map, peer, classCount) {
    const out = [];
    let everyExplicit = true;
    for (const [c, set] of map.byClass) {
        if (hasBit(set, peer))
            out.push(c);
        else
            everyExplicit = false;
    }
    if (!hasBit(map.all, peer))
        return out;
    if (everyExplicit)
        return 'all';
    for (let c = 0; c < classCount; c++)
        if (!map.byClass.has(c))
            out.push(c);
    return out;
}
function rowClasses(conn, row, peer) {
    return classesWith(row, peer, conn.universe.portClasses.classes.length);
}
/** Pairs that are not the cluster's business: between two endpoints outside it, or from a DNS
 * name (a destination of `toFQDNs` rules only; as a source it is part of the external ranges). */
function isExternalPair(conn, src, dst) {
    const { firstNonWorkload, endpoints } = conn.universe;
    return (src >= firstNonWorkload && dst >= firstNonWorkload) || endpoints[src]?.type === 'dns';
}
function toPorts(conn, classes) {
    if (classes === 'all')
        return ALL_PORTS;
    return classes.length === 0 ? NO_PORTS : conn.universe.portClasses.toPortSet(classes);
}
/** What one direction allows: egress of `src` towards `dst`, or ingress of `dst` from `src`. */
function directionPorts(conn, direction, src, dst) {
    return toPorts(conn, direction === 'egress'
        ? rowClasses(conn, conn.row('egress', src), dst)
        : rowClasses(conn, conn.row('ingress', dst), src));
}
/** The ports on which `src` may open connections to `dst`. */
function allowedPorts(conn, src, dst) {
    if (isExternalPair(conn, src, dst))
        return NO_PORTS;
    const egress = rowClasses(conn, conn.row('egress', src), dst);
    if (egress !== 'all' && egress.length === 0)
        return NO_PORTS;
    const ingress = rowClasses(conn, conn.row('ingress', dst), src);
    if (egress === 'all')
        return toPorts(conn, ingress);
    if (ingress === 'all')
        return toPorts(conn, egress);
    const keep = new Set(ingress);
    return toPorts(conn, egress.filter((c) => keep.has(c)));
}
/** Ports of the pair whose verdict is uncertain (two admin policies of one priority disagree). */
function uncertainPorts(conn, src, dst) {
    if (isExternalPair(conn, src, dst))
        return NO_PORTS;
    const count = conn.universe.portClasses.classes.length;
    const egress = uncertainOf(conn, 'egress', src);
    const ingress = uncertainOf(conn, 'ingress', dst);
    const a = egress === undefined ? [] : classesWith(egress, dst, count);
    const b = ingress === undefined ? [] : classesWith(ingress, src, count);
    if (a === 'all' || b === 'all')
        return ALL_PORTS;
    return toPorts(conn, [...new Set([...a, ...b])]);
}
/** A row's uncertain peers. Only ordered tiers (admin, baseline) make a verdict uncertain, so
 * an endpoint without their rules needs no row computed to tell. */
function uncertainOf(conn, direction, endpoint) {
    const rules = conn.rulesFor(direction, endpoint);
    return rules.admin.length === 0 && rules.baseline.length === 0 ? undefined : conn.row(direction, endpoint).uncertain;
}
function hasRestrictingRule(conn, direction, endpoint) {
    const rules = conn.rulesFor(direction, endpoint);
    return [...rules.namespaced, ...rules.calico].some((r) => r.rule.restriction !== undefined);
}
/** Allowed ports of the pair that only some requests may use (Cilium L7 rules, DNS names). */
function restrictedPorts(conn, src, dst) {
    if (isExternalPair(conn, src, dst))
        return NO_PORTS;
    // Only namespaced allow rules with a restriction restrict (row.ts): without one, no row need
    // be looked at.
    if (!hasRestrictingRule(conn, 'egress', src) && !hasRestrictingRule(conn, 'ingress', dst))
        return NO_PORTS;
    // Restricted ports are allowed ones: with none allowed, no row need be looked at.
    const allowed = allowedPorts(conn, src, dst);
    if (isEmptyPorts(allowed))
        return NO_PORTS;
    const count = conn.universe.portClasses.classes.length;
    const egress = conn.row('egress', src).restricted;
    const ingress = conn.row('ingress', dst).restricted;
    if (egress === undefined && ingress === undefined)
        return NO_PORTS;
    const a = egress === undefined ? [] : classesWith(egress, dst, count);
    const b = ingress === undefined ? [] : classesWith(ingress, src, count);
    if (a === 'all' || b === 'all')
        return intersectPorts(ALL_PORTS, allowed);
    return intersectPorts(toPorts(conn, [...new Set([...a, ...b])]), allowed);
}

;// CONCATENATED MODULE: ./src/engine/restriction.ts



function restrictionOf(conn, src, dst) {
    const ports = restrictedPorts(conn, src, dst);
    if (isEmptyPorts(ports))
        return undefined;
    const by = new Set();
    for (const direction of ['egress', 'ingress'])
        for (const r of decide(conn, direction, src, dst, ports).restrictions)
            by.add(r);
    return { ports, by: [...by] };
}

;// CONCATENATED MODULE: ./src/engine/row-cell.ts


const NOTHING = { all: false, classes: [] };
const EVERYTHING = { all: true, classes: [] };
/** The cell at `peer` of the endpoint's row, or undefined where the row is not a plain union
 * (ordered tiers, deny rules, restricted rules, the host entity's own bit). */
function rowCell(conn, direction, endpoint, peer) {
    if (!hasBit(conn.present, endpoint))
        return NOTHING;
    const rules = conn.rulesFor(direction, endpoint);
    const isolated = conn.isIsolated(direction, endpoint);
    if (!isolated &&
        rules.admin.length === 0 &&
        rules.namespaced.length === 0 &&
        rules.baseline.length === 0 &&
        rules.calico.length === 0)
        return hasBit(conn.present, peer) ? EVERYTHING : NOTHING;
    if (rules.admin.length > 0 || rules.baseline.length > 0)
        return undefined;
    if (direction === 'ingress' && conn.universe.entityIndex.get('host') === peer)
        return undefined;
    if (rules.calico.length > 0)
        return rules.namespaced.length > 0 ? undefined : calicoCell(conn, direction, endpoint, peer);
    let all = false;
    let classes;
    // Most peers are in none of the rules: the loop below allocates nothing for them.
    for (const r of rules.namespaced) {
        if (r.rule.action !== 'allow' || r.rule.restriction !== undefined)
            return undefined;
        if (!hasBit(r.peers, peer))
            continue;
        if (r.allPorts) {
            all = true;
            continue;
        }
        classes ??= [];
        for (const c of r.classes)
            classes.push(c);
        for (const n of r.named) {
            if (direction === 'egress') {
                // Resolved on the destination's container ports (SEMANTICS §2.8), as row.ts does.
                for (const [c, targets] of conn.namedTargets.get(`${n.protocol}/${n.name}`) ?? [])
                    if (hasBit(targets, peer))
                        classes.push(c);
            }
            else {
                for (const port of conn.workloadAt(endpoint)?.ports ?? [])
                    if (port.name === n.name && port.protocol === n.protocol)
                        classes.push(conn.universe.portClasses.classOf(port.protocol, port.port));
            }
        }
    }
    return classes === undefined ? (all ? EVERYTHING : NOTHING) : { all, classes };
}
/** The cell of a row of Calico tiers (calico-tiers.ts) at one peer: the first rule that matches
 * decides each class, the profile allows what every tier passed on. Undefined where the answer is
 * not one of "every class" or "these classes" (a class denied among allowed ones, L7 rules). */
function calicoCell(conn, direction, endpoint, peer) {
    if (!hasBit(conn.present, peer))
        return NOTHING;
    const rules = conn.rulesFor(direction, endpoint).calico;
    const classesOf = (r) => {
        const out = [...r.classes];
        for (const n of r.named) {
            if (direction === 'egress') {
                for (const [c, targets] of conn.namedTargets.get(`${n.protocol}/${n.name}`) ?? [])
                    if (hasBit(targets, peer))
                        out.push(c);
            }
            else {
                for (const port of conn.workloadAt(endpoint)?.ports ?? [])
                    if (port.name === n.name && port.protocol === n.protocol)
                        out.push(conn.universe.portClasses.classOf(port.protocol, port.port));
            }
        }
        return out;
    };
    const named = new Set();
    for (const r of rules) {
        if (r.rule.restriction !== undefined && hasBit(r.peers, peer))
            return undefined;
        if (!r.allPorts && hasBit(r.peers, peer))
            for (const c of classesOf(r))
                named.add(c);
    }
    const verdict = (c) => {
        const r = decidingCalicoRule(rules, (x) => hasBit(x.peers, peer) && (x.allPorts || (c !== undefined && classesOf(x).includes(c))));
        return r === undefined || r.rule.action === 'allow';
    };
    const others = verdict(undefined);
    const allowed = [...named].filter((c) => verdict(c));
    if (others)
        return allowed.length === named.size ? EVERYTHING : undefined;
    return allowed.length === 0 ? NOTHING : { all: false, classes: allowed };
}

;// CONCATENATED MODULE: ./src/engine/row-equivalence.ts

/** Past this many peers that changed between two versions of a rule, rows are compared whole. */
const MOVED_PEERS_LIMIT = 64;
function compareRowInputs(base, head) {
    if (base.universe !== head.universe)
        throw new Error('compareRowInputs needs both revisions evaluated over one universe');
    const size = base.universe.endpoints.length;
    const changed = [];
    const isChanged = new Uint8Array(size);
    for (let e = 0; e < size; e++) {
        const a = base.workloadAt(e);
        const b = head.workloadAt(e);
        const same = a === undefined
            ? b === undefined && samePresence(base.present, head.present, e)
            : b !== undefined && samePorts(a, b);
        if (!same) {
            changed.push(e);
            isChanged[e] = 1;
        }
    }
    const memo = new Map();
    const pairOf = (a, b) => {
        let row = memo.get(a);
        if (row === undefined)
            memo.set(a, (row = new Map()));
        let pair = row.get(b);
        if (pair === undefined)
            row.set(b, (pair = compareRules(a, b)));
        return pair;
    };
    const sameRule = (a, b) => pairOf(a, b) === 'same';
    const sameButPeers = (a, b) => pairOf(a, b) !== 'other';
    return {
        changedColumns: changed,
        sameInputs(direction, endpoint) {
            if (isChanged[endpoint] === 1)
                return false;
            if (base.isIsolated(direction, endpoint) !== head.isIsolated(direction, endpoint))
                return false;
            const a = base.rulesFor(direction, endpoint);
            const b = head.rulesFor(direction, endpoint);
            // The namespaced tier does not decide per policy (row.ts), so only its rules must agree.
            return (tierAgrees(a.admin, b.admin, sameRule, true) &&
                tierAgrees(a.namespaced, b.namespaced, sameRule, false) &&
                tierAgrees(a.baseline, b.baseline, sameRule, true) &&
                tierAgrees(a.calico, b.calico, sameRule, false));
        },
        movedPeers(direction, endpoint) {
            if (isChanged[endpoint] === 1)
                return undefined;
            if (base.isIsolated(direction, endpoint) !== head.isIsolated(direction, endpoint))
                return undefined;
            const a = base.rulesFor(direction, endpoint);
            const b = head.rulesFor(direction, endpoint);
            if (!tierAgrees(a.admin, b.admin, sameButPeers, true) ||
                !tierAgrees(a.namespaced, b.namespaced, sameButPeers, false) ||
                !tierAgrees(a.baseline, b.baseline, sameButPeers, true) ||
                !tierAgrees(a.calico, b.calico, sameButPeers, false))
                return undefined;
            const moved = new Set();
            for (const tier of ['admin', 'namespaced', 'baseline', 'calico']) {
                a[tier].forEach((x, i) => {
                    const pair = pairOf(x, b[tier][i]);
                    if (typeof pair !== 'string')
                        for (const peer of pair)
                            moved.add(peer);
                });
            }
            return moved.size > MOVED_PEERS_LIMIT ? undefined : [...moved].sort((x, y) => x - y);
        },
        mayDifferAt(direction, endpoint, peer) {
            // An isolated endpoint with namespaced allows only has the union of its rules' peers as its
            // row (row.ts): a peer in none of them, in either revision, is denied in both. Other rows
            // also read what exists (the default allow), so may differ.
            for (const conn of [base, head]) {
                const rules = conn.rulesFor(direction, endpoint);
                if (!conn.isIsolated(direction, endpoint) ||
                    rules.admin.length > 0 ||
                    rules.baseline.length > 0 ||
                    rules.calico.length > 0)
                    return true;
                if (rules.namespaced.some((r) => r.rule.action !== 'allow' || hasBit(r.peers, peer)))
                    return true;
            }
            return false;
        },
    };
}
function samePresence(a, b, e) {
    return ((a[e >>> 5] ^ b[e >>> 5]) & (1 << (e & 31))) === 0;
}
function samePorts(a, b) {
    if (a.ports.length !== b.ports.length)
        return false;
    const same = (x, y) => x.name === y.name && x.port === y.port && x.protocol === y.protocol;
    return a.ports.every((p, i) => same(p, b.ports[i]));
}
/** Same rules in the same order, grouped into policies alike (an ordered tier decides per
 * policy within one priority; row.ts `applyLevels`). */
function tierAgrees(a, b, sameRule, byPolicy) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (!sameRule(a[i], b[i]))
            return false;
    if (!byPolicy || a.length < 2)
        return true;
    // Each rule's policy, named by the index of that policy's first rule in the tier.
    const firstA = new Map();
    const firstB = new Map();
    for (let i = 0; i < a.length; i++) {
        const x = a[i].policy;
        const y = b[i].policy;
        if (!firstA.has(x))
            firstA.set(x, i);
        if (!firstB.has(y))
            firstB.set(y, i);
        if (firstA.get(x) !== firstB.get(y))
            return false;
    }
    return true;
}
/** What row.ts reads of a compiled rule: all of it the same, or all but a few peers, or not. */
function compareRules(a, b) {
    if (a.rule.action !== b.rule.action || a.rule.direction !== b.rule.direction)
        return 'other';
    if ((a.rule.restriction === undefined) !== (b.rule.restriction === undefined))
        return 'other';
    if (a.policy.priority !== b.policy.priority || a.policy.tier !== b.policy.tier)
        return 'other';
    if (a.policy.calico?.tier !== b.policy.calico?.tier)
        return 'other';
    if (a.allPorts !== b.allPorts || a.classes.length !== b.classes.length || a.named.length !== b.named.length)
        return 'other';
    if (a.classes.some((c, i) => b.classes[i] !== c))
        return 'other';
    if (a.named.some((n, i) => b.named[i]?.name !== n.name || b.named[i]?.protocol !== n.protocol))
        return 'other';
    if (a.peers === b.peers)
        return 'same';
    if (a.peers.length !== b.peers.length)
        return 'other';
    const moved = [];
    for (let w = 0; w < a.peers.length; w++) {
        let word = (a.peers[w] ^ b.peers[w]) >>> 0;
        while (word !== 0) {
            if (moved.length === MOVED_PEERS_LIMIT)
                return 'other';
            const low = word & -word;
            moved.push((w << 5) + (31 - Math.clz32(low)));
            word = (word ^ low) >>> 0;
        }
    }
    return moved.length === 0 ? 'same' : moved;
}

;// CONCATENATED MODULE: ./src/diff/changed-pairs.ts




/**
 * Calls `visit` with every pair whose allowed ports or restriction may differ between the two
 * revisions (a superset of the changed pairs, never missing one), by source then destination,
 * in increasing order, each once. Pairs that are not the cluster's business (`isExternalPair`)
 * are left out.
 */
function forEachCandidatePair(base, head, visit) {
    if (base.universe !== head.universe)
        throw new Error('forEachCandidatePair needs both revisions evaluated over one universe');
    const size = base.universe.endpoints.length;
    const inputs = compareRowInputs(base, head);
    // Candidate pairs by source: the destinations of a changed egress row (a bitset shared with
    // the row difference, never written), and single destinations from changed ingress rows.
    const egressCandidates = new Map();
    const moreCandidates = new Map();
    const candidate = (src, dst) => {
        const list = moreCandidates.get(src);
        if (list === undefined)
            moreCandidates.set(src, [dst]);
        else
            list.push(dst);
    };
    const classCount = base.universe.portClasses.classes.length;
    const views = new Map();
    const view = (row) => {
        let v = views.get(row);
        if (v === undefined)
            views.set(row, (v = viewOf(row, classCount)));
        return v;
    };
    const differences = new Map();
    const difference = (a, b) => {
        let byB = differences.get(a);
        if (byB === undefined)
            differences.set(a, (byB = new Map()));
        if (!byB.has(b))
            byB.set(b, rowDifference(a, b));
        return byB.get(b);
    };
    // Same rules: only the columns of endpoints that changed can differ, looked at one by one
    // while they are few (past a word's worth per row, comparing whole rows is cheaper).
    const { changedColumns } = inputs;
    const fewColumns = changedColumns.length <= Math.max(32, size >>> 5);
    // Rules that agree but for a few peers (workloads that came into or left a selection): the
    // row can differ only at those peers, each a candidate without computing the row.
    const moved = (direction, e) => (fewColumns ? inputs.movedPeers(direction, e) : undefined);
    for (let e = 0; e < size; e++) {
        const egressSame = fewColumns && inputs.sameInputs('egress', e);
        const egressMoved = egressSame ? undefined : moved('egress', e);
        if (egressSame) {
            for (const x of changedColumns)
                if (inputs.mayDifferAt('egress', e, x) && differsAt(base.row('egress', e), head.row('egress', e), x))
                    candidate(e, x);
        }
        else if (egressMoved !== undefined) {
            for (const x of [...egressMoved, ...changedColumns])
                if (inputs.mayDifferAt('egress', e, x))
                    candidate(e, x);
        }
        else {
            const egress = difference(base.row('egress', e), head.row('egress', e));
            if (egress !== undefined)
                egressCandidates.set(e, egress);
        }
        const ingressSame = fewColumns && inputs.sameInputs('ingress', e);
        const ingressMoved = ingressSame ? undefined : moved('ingress', e);
        if (ingressSame) {
            for (const x of changedColumns)
                if (inputs.mayDifferAt('ingress', e, x) && differsAt(base.row('ingress', e), head.row('ingress', e), x))
                    candidate(x, e);
        }
        else if (ingressMoved !== undefined) {
            for (const x of [...ingressMoved, ...changedColumns])
                if (inputs.mayDifferAt('ingress', e, x))
                    candidate(x, e);
        }
        else {
            const ingress = difference(base.row('ingress', e), head.row('ingress', e));
            if (ingress !== undefined)
                forEachBit(ingress, (src) => candidate(src, e));
        }
    }
    const sources = [...new Set([...egressCandidates.keys(), ...moreCandidates.keys()])].sort((a, b) => a - b);
    for (const src of sources) {
        const more = moreCandidates.get(src) ?? [];
        let dsts = egressCandidates.get(src);
        if (dsts !== undefined && more.length > 0) {
            dsts = dsts.slice();
            for (const dst of more)
                setBit(dsts, dst);
        }
        const egressBefore = view(base.row('egress', src));
        const egressAfter = view(head.row('egress', src));
        const check = (dst) => {
            if (isExternalPair(base, src, dst))
                return;
            // Most candidates of a changed row keep their verdict (the other side still denies): a few
            // bit tests tell, before any port set is built.
            if (pairMayDiffer(base, head, egressBefore, egressAfter, src, dst, view))
                visit(src, dst);
        };
        if (dsts !== undefined)
            forEachBit(dsts, check);
        else
            for (const dst of increasingUnique(more))
                check(dst);
    }
}
function increasingUnique(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
}
/** The peers whose verdict in some port class differs between two rows, or undefined for none. */
function rowDifference(a, b) {
    if (a === b)
        return undefined;
    const diff = createBitset(a.all.length * 32);
    let any = false;
    const mark = (x, y) => {
        for (let i = 0; i < diff.length; i++) {
            const d = (x[i] ^ y[i]) >>> 0;
            if (d !== 0) {
                diff[i] = diff[i] | d;
                any = true;
            }
        }
    };
    const markSets = (x, y) => {
        const none = createBitset(a.all.length * 32);
        const xs = x ?? { all: none, byClass: new Map() };
        const ys = y ?? { all: none, byClass: new Map() };
        mark(xs.all, ys.all);
        // A class a row singles out holds its full set; other classes follow `all`.
        for (const c of new Set([...xs.byClass.keys(), ...ys.byClass.keys()]))
            mark(xs.byClass.get(c) ?? xs.all, ys.byClass.get(c) ?? ys.all);
    };
    markSets(a, b);
    if (a.restricted !== undefined || b.restricted !== undefined)
        markSets(a.restricted, b.restricted);
    return any ? diff : undefined;
}
/** Whether the rows of two revisions differ at one peer, in any port class or layer. */
function differsAt(a, b, x) {
    const setsDiffer = (p, q) => {
        if (p === undefined && q === undefined)
            return false;
        const pAll = p === undefined ? false : hasBit(p.all, x);
        const qAll = q === undefined ? false : hasBit(q.all, x);
        if (pAll !== qAll)
            return true;
        for (const [c, set] of p?.byClass ?? [])
            if (hasBit(set, x) !== (q === undefined ? false : hasBit(q.byClass.get(c) ?? q.all, x)))
                return true;
        for (const [c, set] of q?.byClass ?? [])
            if (hasBit(set, x) !== (p === undefined ? false : hasBit(p.byClass.get(c) ?? p.all, x)))
                return true;
        return false;
    };
    return setsDiffer(a, b) || setsDiffer(a.restricted, b.restricted);
}
function viewOf(row, classCount) {
    const byIndex = new Array(classCount).fill(undefined);
    for (const [c, set] of row.byClass)
        byIndex[c] = set;
    return { row, classes: [...row.byClass.keys()], byIndex };
}
function ingressOf(conn, dst, src, view) {
    return rowCell(conn, 'ingress', dst, src) ?? view(conn.row('ingress', dst));
}
/**
 * False only when the pair's allowed port classes are provably the same in both revisions and
 * neither revision restricts it (then its ports and restriction are equal, and it is no change).
 * Called for every candidate pair, so it only tests bits (no port set is built), and it looks at
 * a destination's ingress only where the source's egress allows that destination something.
 */
function pairMayDiffer(base, head, eb, eh, src, dst, view) {
    const ib = reachesAny(eb, dst) ? ingressOf(base, dst, src, view) : undefined;
    const ih = reachesAny(eh, dst) ? ingressOf(head, dst, src, view) : undefined;
    if (ib === undefined && ih === undefined)
        return false;
    if (eb.row.restricted !== undefined || eh.row.restricted !== undefined || isRestricted(ib) || isRestricted(ih))
        return true;
    // Each class some row or cell singles out (a class met twice is merely tested twice), then
    // every class none singles out, which follows the `all` sets (-1 is no class; where every
    // class is singled out this last test is merely superfluous).
    return (classesDiffer(eb.classes, eb, ib, eh, ih, src, dst) ||
        classesDiffer(eh.classes, eb, ib, eh, ih, src, dst) ||
        classesDiffer(ib?.classes, eb, ib, eh, ih, src, dst) ||
        classesDiffer(ih?.classes, eb, ib, eh, ih, src, dst) ||
        allowedIn(eb, ib, -1, src, dst) !== allowedIn(eh, ih, -1, src, dst));
}
function isRestricted(ingress) {
    return ingress !== undefined && 'row' in ingress && ingress.row.restricted !== undefined;
}
function classesDiffer(classes, eb, ib, eh, ih, src, dst) {
    if (classes === undefined)
        return false;
    for (const c of classes)
        if (allowedIn(eb, ib, c, src, dst) !== allowedIn(eh, ih, c, src, dst))
            return true;
    return false;
}
/** Whether an egress row allows the destination on some port class. */
function reachesAny(egress, dst) {
    if (hasBit(egress.row.all, dst))
        return true;
    for (const c of egress.classes)
        if (hasBit(egress.byIndex[c], dst))
            return true;
    return false;
}
/** Whether class `c` is allowed; no ingress stands for an egress that allows nothing. */
function allowedIn(egress, ingress, c, src, dst) {
    if (ingress === undefined || !hasBit(setOf(egress, c), dst))
        return false;
    if ('row' in ingress)
        return hasBit(setOf(ingress, c), src);
    return ingress.all || (c >= 0 && ingress.classes.includes(c));
}
function setOf(view, c) {
    return (c < 0 ? undefined : view.byIndex[c]) ?? view.row.all;
}

;// CONCATENATED MODULE: ./src/diff/rule-refs.ts
const ruleRefs = new WeakMap();
/** The reference of a rule of `policy`, made once per rule and policy (a policy placed in Calico's
 * tiers, enforced for a staged preview or relabelled by Kustomize is a copy that shares its rules). */
function ruleRef(rule, policy) {
    const known = ruleRefs.get(rule);
    if (known?.policy === policy)
        return known.ref;
    const ref = makeRuleRef(rule, policy);
    ruleRefs.set(rule, { policy, ref });
    return ref;
}
function makeRuleRef(rule, policy) {
    const { origin } = rule;
    const place = {
        ...(origin.part === undefined ? {} : { part: origin.part }),
        list: origin.section ?? origin.direction,
        index: origin.index,
    };
    const named = { ...(origin.policy.namespace === undefined ? {} : { namespace: origin.policy.namespace }) };
    const ruleName = origin.name === undefined ? {} : { ruleName: origin.name };
    const { calico } = policy;
    if (calico !== undefined && calico.kubernetes !== true) {
        if (calico.endOfTier !== undefined)
            return { type: 'calico-tier-end', tier: calico.tier, action: rule.action };
        const { kind } = policy.origin;
        const { tier, order } = calico;
        return {
            type: 'calico',
            kind,
            ...named,
            name: origin.policy.name,
            tier,
            order,
            place,
            ...ruleName,
            action: rule.action,
        };
    }
    if (policy.origin.kind === 'NetworkPolicy')
        return { type: 'network-policy', ...named, name: origin.policy.name, place };
    if (policy.tier === 'namespaced') {
        const { kind } = policy.origin;
        return { type: 'namespaced', kind, ...named, name: origin.policy.name, place, deny: rule.action === 'deny' };
    }
    return {
        type: 'ranked',
        kind: policy.origin.kind,
        name: policy.origin.name,
        tier: policy.tier,
        priority: policy.priority ?? 0,
        place,
        ...ruleName,
        action: rule.action,
    };
}
function policyRef(policy) {
    const { kind, namespace, name } = policy.origin;
    return { kind, ...(namespace === undefined ? {} : { namespace }), name };
}
const refKeys = new WeakMap();
/** A key that is equal for two references exactly when they are equal (they are built field by
 * field in one order, so their JSON is). */
function refKey(ref) {
    let key = refKeys.get(ref);
    if (key === undefined)
        refKeys.set(ref, (key = JSON.stringify(ref)));
    return key;
}

;// CONCATENATED MODULE: ./src/diff/rule-reasons.ts

/** Reasons are values that every change they explain shares (one rule explains thousands of
 * pairs at scale): made once per rule or policy and variant, with their key. */
const reasonMemo = new WeakMap();
const reasonKeys = new WeakMap();
function memoReason(owner, variant, make) {
    let byVariant = reasonMemo.get(owner);
    if (byVariant === undefined)
        reasonMemo.set(owner, (byVariant = new Map()));
    let reason = byVariant.get(variant);
    if (reason === undefined)
        byVariant.set(variant, (reason = make()));
    return reason;
}
/** What tells two reasons apart (the same rule explaining the same side twice is one reason). */
function reasonKey(r) {
    let key = reasonKeys.get(r);
    if (key === undefined)
        reasonKeys.set(r, (key = `${r.explains}\u0000${r.revision}\u0000${refKey(r.ref)}\u0000${r.file}\u0000${r.line}`));
    return key;
}
function ruleReason(r, revision, explains, change) {
    const variant = `${change === undefined ? '' : JSON.stringify(change)}\u0000${revision}\u0000${explains}`;
    return memoReason(r, variant, () => ({
        ref: {
            type: 'rule',
            rule: ruleRef(r.rule, r.policy),
            ...(r.rule.origin.addedByPatch === true ? { addedByPatch: true } : {}),
            ...change,
        },
        revision,
        explains,
        file: r.rule.origin.file,
        line: r.rule.origin.line,
    }));
}
/** Why a policy isolates (or, `ended`, no longer isolates) an endpoint. A Cilium policy that does it
 * by an empty rule (`{}`) is cited at that rule, since it reads as allow-all to anyone who knows
 * NetworkPolicy (SEMANTICS §5.3). */
function isolationReason(policy, direction, ended, revision, explains) {
    return memoReason(policy, `${direction}\u0000${ended}\u0000${revision}\u0000${explains}`, () => {
        const empty = policy.rules.find((r) => r.direction === direction && r.emptyRule === true);
        const at = empty?.origin ?? policy.origin;
        return {
            ref: {
                type: 'isolation',
                policy: policyRef(policy),
                direction,
                ...(ended ? { ended: true } : {}),
                ...(empty === undefined ? {} : { emptyRule: ruleRef(empty, policy) }),
            },
            revision,
            explains,
            file: at.file,
            line: at.line,
        };
    });
}

;// CONCATENATED MODULE: ./src/diff/diff-connectivity.ts









function diffConnectivity(base, head, timings) {
    if (base.universe !== head.universe)
        throw new Error('diffConnectivity needs both revisions evaluated over one universe');
    const { endpoints } = base.universe;
    // Port sets are shared values (port-classes.ts), and so are the ports a change opens and closes.
    const deltas = new Map();
    const delta = (before, after) => {
        let byAfter = deltas.get(before);
        if (byAfter === undefined)
            deltas.set(before, (byAfter = new Map()));
        let d = byAfter.get(after);
        if (d === undefined)
            byAfter.set(after, (d = { opened: subtractPorts(after, before), closed: subtractPorts(before, after) }));
        return d;
    };
    const changes = [];
    // Same peers and ports, but another L7 or DNS restriction: rows cannot tell (changed-pairs.ts
    // reads rows), so these pairs are found from the restricted rules themselves.
    const restricted = restrictionCandidates(base, head);
    const consider = (src, dst) => {
        restricted.get(src)?.delete(dst);
        const before = allowedPorts(base, src, dst);
        const after = allowedPorts(head, src, dst);
        const restrictionAfter = restrictionOf(head, src, dst);
        const restrictionBefore = restrictionOf(base, src, dst);
        const restrictionChanged = restrictionKey(restrictionBefore) !== restrictionKey(restrictionAfter);
        if (portsEqual(before, after) && !restrictionChanged)
            return;
        const { opened, closed } = delta(before, after);
        const uncertain = unionPorts(uncertainPorts(base, src, dst), uncertainPorts(head, src, dst));
        const restrictedBy = isEmptyPorts(after) ? restrictionBefore : restrictionAfter;
        changes.push({
            src: endpoints[src].id,
            dst: endpoints[dst].id,
            before,
            after,
            opened,
            closed,
            endpointStatus: { src: diff_connectivity_status(base, head, src), dst: diff_connectivity_status(base, head, dst) },
            because: explainTimed(timings, base, head, src, dst, opened, closed, restrictionChanged
                ? {
                    ports: unionPorts(restrictionAfter?.ports ?? {}, restrictionBefore?.ports ?? {}),
                    explains: restrictionAfter === undefined ? 'opened' : 'closed',
                }
                : undefined),
            ...(isEmptyPorts(uncertain) ? {} : { uncertain }),
            ...(restrictedBy === undefined ? {} : { restrictedBy }),
            ...(restrictionChanged && !isEmptyPorts(after)
                ? { restrictionBefore: restrictionBefore ?? { ports: {}, by: [] } }
                : {}),
        });
    };
    forEachCandidatePair(base, head, consider);
    for (const [src, dsts] of [...restricted].sort(([a], [b]) => a - b))
        for (const dst of [...dsts].sort((a, b) => a - b))
            consider(src, dst);
    return changes;
}
function restrictionKey(r) {
    return r === undefined ? '' : `${JSON.stringify(r.ports)} ${[...r.by].sort().join('; ')}`;
}
/** For each source, the destinations whose restriction may have changed (see restrictionDifference). */
function restrictionCandidates(base, head) {
    const out = new Map();
    const add = (src, dst) => {
        if (isExternalPair(base, src, dst))
            return;
        const set = out.get(src);
        if (set === undefined)
            out.set(src, new Set([dst]));
        else
            set.add(dst);
    };
    const size = base.universe.endpoints.length;
    for (let e = 0; e < size; e++) {
        const egress = restrictionDifference(base, head, 'egress', e);
        if (egress !== undefined)
            forEachBit(egress, (dst) => add(e, dst));
        const ingress = restrictionDifference(base, head, 'ingress', e);
        if (ingress !== undefined)
            forEachBit(ingress, (src) => add(src, e));
    }
    return out;
}
/**
 * The peers whose restricted rules (L7 rules, DNS names) differ between two revisions for one
 * endpoint: per restriction text, the peers it covers in one revision and not in the other.
 * Undefined for none. Rows hold only which peers are restricted, not by what, so a changed HTTP
 * path on an allowed port would otherwise go unseen.
 */
function restrictionDifference(base, head, direction, e) {
    const byText = (conn) => {
        const out = new Map();
        const rules = conn.rulesFor(direction, e);
        // Cilium's L7 rules are namespaced; Calico's `http` rules are in its tiers.
        for (const r of [...rules.namespaced, ...rules.calico]) {
            if (r.rule.restriction === undefined || r.rule.action !== 'allow')
                continue;
            const set = out.get(r.rule.restriction);
            if (set === undefined)
                out.set(r.rule.restriction, r.peers.slice());
            else
                orInto(set, r.peers);
        }
        return out;
    };
    const before = byText(base);
    const after = byText(head);
    if (before.size === 0 && after.size === 0)
        return undefined;
    const size = base.universe.endpoints.length;
    const diff = createBitset(size);
    let any = false;
    for (const text of new Set([...before.keys(), ...after.keys()])) {
        const x = before.get(text) ?? createBitset(size);
        const y = after.get(text) ?? createBitset(size);
        for (let i = 0; i < diff.length; i++) {
            const d = (x[i] ^ y[i]) >>> 0;
            if (d !== 0) {
                diff[i] = diff[i] | d;
                any = true;
            }
        }
    }
    return any ? diff : undefined;
}
function diff_connectivity_status(base, head, e) {
    const before = hasBit(base.present, e);
    const after = hasBit(head.present, e);
    return before === after ? 'unchanged' : after ? 'added' : 'removed';
}
function explainTimed(timings, ...args) {
    if (timings === undefined)
        return explainChange(...args);
    const t = performance.now();
    const reasons = explainChange(...args);
    timings.explainMs += performance.now() - t;
    return reasons;
}
const diff_connectivity_SUBJECT = { egress: 'src', ingress: 'dst' };
function explainChange(base, head, src, dst, opened, closed, restricted) {
    const reasons = new Map();
    const add = (r) => reasons.set(reasonKey(r), r);
    for (const direction of ['egress', 'ingress']) {
        const subject = diff_connectivity_SUBJECT[direction] === 'src' ? src : dst;
        if (restricted !== undefined && !isEmptyPorts(restricted.ports)) {
            // The restriction changed: name the rules that allow those ports now.
            for (const r of decide(head, direction, src, dst, restricted.ports).allowedBy) {
                if (restricted.explains === 'opened' || r.rule.restriction !== undefined)
                    add(ruleReason(r, 'head', restricted.explains));
            }
        }
        if (!isEmptyPorts(opened) && hasBit(head.present, subject)) {
            const now = decide(head, direction, src, dst, opened);
            for (const r of now.allowedBy)
                add(ruleReason(r, 'head', 'opened'));
            if (now.byDefault && !hasBit(base.present, subject)) {
                // A new workload that no policy isolates: say so, at its manifest, rather than nothing.
                const added = newWorkloadReason(head, subject, direction);
                if (added !== undefined)
                    add(added);
            }
            if (now.byDefault && hasBit(base.present, subject)) {
                // Allowed because nothing decides any more: name what used to deny.
                const before = decide(base, direction, src, dst, opened);
                for (const r of before.deniedBy)
                    add(ruleReason(r, 'base', 'opened', { change: 'no-longer-denies' }));
                for (const p of before.isolatedBy)
                    add(isolationReason(p, direction, true, 'base', 'opened'));
            }
        }
        if (!isEmptyPorts(closed) && hasBit(head.present, subject) && hasBit(base.present, subject)) {
            if (isEmptyPorts(subtractPorts(closed, directionPorts(head, direction, src, dst))))
                continue;
            const now = decide(head, direction, src, dst, closed);
            for (const r of now.deniedBy)
                add(ruleReason(r, 'head', 'closed'));
            if (now.isolatedBy.length > 0) {
                if (!base.isIsolated(direction, subject)) {
                    for (const p of now.isolatedBy)
                        add(isolationReason(p, direction, false, 'head', 'closed'));
                }
                else {
                    // The rule that allowed: still there but no longer matching (a selector or port
                    // changed), or gone.
                    for (const r of decide(base, direction, src, dst, closed).allowedBy)
                        add(ruleReason(r, 'base', 'closed', baseRuleChange(r, head)));
                }
            }
        }
    }
    return [...reasons.values()];
}
const workloadsByIndex = new WeakMap();
/** `Deployment shop/web is new, and no policy isolates its ingress`, at the workload's line. */
function newWorkloadReason(conn, subject, direction) {
    let byIndex = workloadsByIndex.get(conn);
    if (byIndex === undefined) {
        byIndex = new Map(conn.model.workloads.map((w) => [conn.universe.indexByWorkload.get(workloadKey(w)), w]));
        workloadsByIndex.set(conn, byIndex);
    }
    const w = byIndex.get(subject);
    // Representative pods have no manifest to point at.
    if (w === undefined || w.source.file === '')
        return undefined;
    return {
        ref: { type: 'new-workload', workload: { kind: w.kind, namespace: w.namespace, name: w.name }, direction },
        revision: 'head',
        explains: 'opened',
        file: w.source.file,
        line: w.source.line,
    };
}
const headRuleKeys = new WeakMap();
/** What became of a base rule that allowed and no longer does: still there (by its reference) but
 * no longer matching, because a selector or port changed, or gone. */
function baseRuleChange(r, head) {
    let keys = headRuleKeys.get(head);
    if (keys === undefined) {
        keys = new Set(head.model.policies.flatMap((p) => p.rules.map((rule) => refKey(ruleRef(rule, p)))));
        headRuleKeys.set(head, keys);
    }
    if (!keys.has(refKey(ruleRef(r.rule, r.policy))))
        return { change: 'gone' };
    const relabeled = relabeling(r, head);
    return { change: 'no-longer-matches', ...(relabeled === undefined ? {} : { relabeled }) };
}
const transformedRules = new WeakMap();
/**
 * Why a rule rendered by Kustomize no longer matches, when a label transformer ran over its head
 * policy and its selectors gained labels: the commonLabels at overlays/prod/kustomization.yaml:10
 * that adds env=prod to its podSelector (the commonLabels trap). Undefined otherwise.
 */
function relabeling(r, head) {
    let rules = transformedRules.get(head);
    if (rules === undefined) {
        rules = new Map(head.model.policies
            .filter((p) => p.origin.transformedBy !== undefined)
            .flatMap((p) => p.rules.map((rule) => [refKey(ruleRef(rule, p)), { rule, policy: p }])));
        transformedRules.set(head, rules);
    }
    const now = rules.get(refKey(ruleRef(r.rule, r.policy)));
    const by = now?.policy.origin.transformedBy?.find((t) => t.what === 'commonLabels' || t.what === 'labels');
    if (now === undefined || by === undefined)
        return undefined;
    const pods = (rule) => rule.peers === 'all' ? [] : rule.peers.map((p) => (p.kind === 'pods' ? p.pods : { requirements: [] }));
    const gained = (before, after) => {
        const had = (i) => new Set((before[i]?.requirements ?? []).map((q) => JSON.stringify(q)));
        return after.flatMap((s, i) => s.requirements.filter((q) => !had(i).has(JSON.stringify(q))));
    };
    const peers = gained(pods(r.rule), pods(now.rule));
    const subject = gained([r.policy.subject.pods], [now.policy.subject.pods]);
    const [labels, selector] = peers.length > 0 ? [peers, 'peers'] : [subject, 'subject'];
    return labels.length === 0 ? undefined : { what: by.what, file: by.file, line: by.line, labels, selector };
}

;// CONCATENATED MODULE: ./src/diff/staged-preview.ts



/** Past this many staged policies, the rest are not previewed (each costs one evaluation). */
const STAGED_PREVIEW_LIMIT = 20;
function stagedModels(head) {
    return (head.stagedPolicies ?? []).slice(0, STAGED_PREVIEW_LIMIT).map((policy) => {
        const enforced = {
            ...policy,
            calico: { ...policy.calico, staged: undefined },
        };
        return { policy, model: { ...head, policies: placeInCalicoTiers([...head.policies, enforced]) } };
    });
}
function stagedPreviews(staged, universe, head, options) {
    return staged.map(({ policy, model }) => {
        const { origin } = policy;
        return {
            policy: `${origin.kind} ${origin.namespace === undefined ? '' : `${origin.namespace}/`}${origin.name}`,
            file: origin.file,
            line: origin.line,
            changes: diffConnectivity(head, evaluate(universe, model, options)),
        };
    });
}

;// CONCATENATED MODULE: ./src/diff/assertions.ts








/** Witness pairs named per violation; the scan stops after one more. */
const MAX_WITNESSES = 20;
function evaluateAssertions(assertions, base, head, representatives) {
    // One label index per revision, shared by every assertion.
    const selectBase = createPodSelector(base.universe, base.model).select;
    const selectHead = createPodSelector(head.universe, head.model).select;
    return assertions.map((a) => {
        const atBase = violations(a, base, selectBase, representatives, 'base');
        const atHead = violations(a, head, selectHead, representatives, 'head');
        const status = atHead.witnesses.length > 0
            ? atBase.witnesses.length > 0
                ? 'violated'
                : 'newly-violated'
            : atBase.witnesses.length > 0
                ? 'fixed'
                : 'held';
        const shown = atHead.witnesses.length > 0 ? atHead : { witnesses: [], truncated: false };
        const vacuous = atHead.witnesses.length > 0 ? undefined : atHead.empty;
        return {
            name: a.name,
            expect: a.expect,
            status,
            witnesses: shown.witnesses,
            ...(shown.truncated ? { moreWitnesses: true } : {}),
            ...(vacuous === undefined ? {} : { vacuous }),
            file: a.file,
            line: a.line,
        };
    });
}
/** The endpoints one side of an assertion covers in a revision. */
function scope(peers, conn, select) {
    const out = createBitset(conn.universe.endpoints.length);
    for (const peer of peers) {
        if (peer.kind === 'ipBlock') {
            for (const i of conn.universe.externalsCovering.get(ipSetKey(peer.ips)) ?? [])
                setBit(out, i);
        }
        else {
            orInto(out, select({
                namespaces: { kind: 'selector', selector: peer.namespaces ?? { requirements: [] } },
                pods: peer.pods,
            }));
        }
    }
    return out;
}
/** The ports an assertion is about for one destination: named ports resolve on its containers. */
function portsFor(a, conn, dst) {
    if (a.ports === 'all')
        return ALL_PORTS;
    const containers = conn.workloadAt(dst)?.ports ?? [];
    return portSetOf(a.ports.flatMap((p) => {
        if (p.kind === 'range')
            return [p];
        return containers
            .filter((c) => c.name === p.name && c.protocol === p.protocol)
            .map((c) => ({ protocol: c.protocol, first: c.port, last: c.port }));
    }));
}
/** Whether a row may allow the peer on some port class (a cheap test before the exact one). */
function mayAllow(row, peer) {
    if (hasBit(row.all, peer))
        return true;
    for (const set of row.byClass.values())
        if (hasBit(set, peer))
            return true;
    return false;
}
function violations(a, conn, select, representatives, revision) {
    const from = scope(a.from, conn, select);
    const to = scope(a.to, conn, select);
    if (isEmptyBitset(from) || isEmptyBitset(to))
        return { witnesses: [], truncated: false, empty: isEmptyBitset(from) ? 'from' : 'to' };
    const witnesses = [];
    let truncated = false;
    const { endpoints } = conn.universe;
    forEachBit(to, (dst) => {
        if (truncated)
            return;
        const wanted = portsFor(a, conn, dst);
        if (isEmptyPorts(wanted))
            return;
        const ingress = conn.row('ingress', dst);
        forEachBit(from, (src) => {
            if (truncated || isExternalPair(conn, src, dst))
                return;
            let bad;
            if (a.expect === 'deny') {
                if (!mayAllow(ingress, src) || !mayAllow(conn.row('egress', src), dst))
                    return;
                bad = intersectPorts(allowedPorts(conn, src, dst), wanted);
            }
            else {
                bad = subtractPorts(wanted, allowedPorts(conn, src, dst));
            }
            if (isEmptyPorts(bad))
                return;
            if (witnesses.length === MAX_WITNESSES) {
                truncated = true;
                return;
            }
            const srcRep = representatives.get(endpoints[src].id);
            const dstRep = representatives.get(endpoints[dst].id);
            witnesses.push({
                src: endpoints[src].id,
                dst: endpoints[dst].id,
                ports: bad,
                ...(srcRep === undefined ? {} : { srcDescription: srcRep.description }),
                ...(dstRep === undefined ? {} : { dstDescription: dstRep.description }),
                ...explain(conn, a.expect, src, dst, bad, revision),
            });
        });
    });
    // Workloads of the manifests first: they are what a reader can look up.
    const described = (w) => (w.srcDescription === undefined && w.dstDescription === undefined ? 0 : 1);
    return { witnesses: [...witnesses].sort((x, y) => described(x) - described(y)), truncated };
}
/** The because-lines of a witness, as a change has them: what allows (deny) or what denies and
 * isolates (allow), per direction; and the directions no policy decides. */
function explain(conn, expect, src, dst, ports, revision) {
    const because = new Map();
    const add = (r) => because.set(`${refKey(r.ref)}\u0000${r.file}\u0000${r.line}`, r);
    const unisolated = [];
    const { firstNonWorkload } = conn.universe;
    for (const direction of ['egress', 'ingress']) {
        const subject = direction === 'egress' ? src : dst;
        // Outside the cluster, only the pod's side is evaluated.
        if (subject >= firstNonWorkload)
            continue;
        if (expect === 'deny') {
            const d = decide(conn, direction, src, dst, classBounded(conn, ports));
            for (const r of d.allowedBy)
                add(ruleReason(r, revision, 'opened'));
            if (d.byDefault && !conn.isIsolated(direction, subject))
                unisolated.push(direction);
        }
        else {
            const missing = subtractPorts(ports, directionPorts(conn, direction, src, dst));
            if (isEmptyPorts(missing))
                continue;
            const d = decide(conn, direction, src, dst, classBounded(conn, missing));
            for (const r of d.deniedBy)
                add(ruleReason(r, revision, 'closed'));
            for (const p of d.isolatedBy)
                add(isolationReason(p, direction, false, revision, 'closed'));
        }
    }
    return { because: [...because.values()], ...(unisolated.length > 0 ? { unisolated } : {}) };
}
/** The ports widened to whole port classes: `decide` walks classes, and an assertion's ports need
 * not fall on the rules' class bounds. */
function classBounded(conn, ports) {
    const { portClasses } = conn.universe;
    const ids = [];
    portClasses.classes.forEach((c, i) => {
        if ((ports[c.protocol] ?? []).some(([first, last]) => first <= c.last && c.first <= last))
            ids.push(i);
    });
    return portClasses.toPortSet(ids);
}

;// CONCATENATED MODULE: ./src/diff/exposure.ts


/** Above this many pair look-ups, "every namespace" is not worked out (it is a summary of the
 * per-namespace lines, which stay). */
const MAX_ALL_NAMESPACE_LOOKUPS = 2_000_000;
const SCOPE_ORDER = [
    'outside-cluster',
    'all-namespaces',
    'unlisted-namespaces',
    'unlisted-pods',
];
const EVERY_NAMESPACE = 'a new pod in every namespace (also namespaces not in the manifests)';
function splitExposure(changes, representatives, endpoints, allowedBetween) {
    const kept = [];
    const buckets = new Map();
    const isOutside = (id) => {
        const type = endpoints.get(id)?.type;
        return type === 'external' || type === 'dns';
    };
    const isWorkload = (id) => endpoints.get(id)?.type === 'workload' && !representatives.has(id);
    for (const c of changes) {
        const srcRep = representatives.get(c.src);
        const dstRep = representatives.get(c.dst);
        if (srcRep === undefined && dstRep === undefined)
            kept.push(c);
        const add = (direction, endpoint, scope, peer, plain = false) => {
            for (const which of ['opened', 'closed'])
                if (!isEmptyPorts(c[which]))
                    addTo(buckets, { direction, endpoint, scope, plain, which, ports: c[which] }, peer, c);
        };
        if (isWorkload(c.dst) && srcRep !== undefined)
            add('ingress', c.dst, srcRep.scope, srcRep.description, srcRep.plain);
        if (isWorkload(c.src) && dstRep !== undefined)
            add('egress', c.src, dstRep.scope, dstRep.description, dstRep.plain);
        if (isWorkload(c.dst) && isOutside(c.src))
            add('ingress', c.dst, 'outside-cluster', c.src);
        if (isWorkload(c.src) && isOutside(c.dst))
            add('egress', c.src, 'outside-cluster', c.dst);
    }
    const everyNamespace = allNamespaces(buckets, representatives, allowedBetween);
    return {
        changes: kept,
        exposure: [...everyNamespace, ...withoutImplied([...buckets.values()], everyNamespace).map(toExposure)].sort(byRisk),
    };
}
function addTo(buckets, at, peer, c) {
    const key = `${at.direction}\u0000${at.endpoint}\u0000${at.scope}\u0000${at.plain}\u0000${at.which}\u0000${JSON.stringify(at.ports)}`;
    let bucket = buckets.get(key);
    if (bucket === undefined)
        buckets.set(key, (bucket = { ...at, peers: [], because: new Map(), rejected: new Map() }));
    if (!bucket.peers.includes(peer))
        bucket.peers.push(peer);
    for (const r of c.because)
        if (r.explains === at.which)
            bucket.because.set(`${r.revision} ${refKey(r.ref)} ${r.file}:${r.line}`, r);
    for (const r of c.rejected ?? [])
        bucket.rejected.set(`${r.revision} ${r.file}:${r.line}`, r);
}
function toExposure(b) {
    const side = b.direction === 'ingress' ? { dst: b.endpoint } : { src: b.endpoint };
    const ports = { opened: b.which === 'opened' ? b.ports : {}, closed: b.which === 'closed' ? b.ports : {} };
    const rejected = [...b.rejected.values()];
    return {
        scope: b.scope,
        ...side,
        ...ports,
        peers: b.peers,
        because: [...b.because.values()],
        ...(rejected.length === 0 ? {} : { rejected }),
    };
}
/**
 * For each workload whose exposure to new pods opened: the ports that a new pod of every listed
 * namespace and any pod of a namespace not in the manifests all reach now and did not before.
 */
function allNamespaces(buckets, representatives, allowedBetween) {
    // Every namespace: a new pod of each listed one, and every namespace not in the manifests that
    // the representatives stand for (also those a selector leaves out).
    const namespaceReps = [...representatives.entries()];
    const touched = new Map();
    for (const b of buckets.values()) {
        if (!b.plain || b.which !== 'opened')
            continue;
        const key = `${b.direction}\u0000${b.endpoint}`;
        const entry = touched.get(key) ?? {
            direction: b.direction,
            endpoint: b.endpoint,
            because: new Map(),
            plainOpened: {},
        };
        entry.plainOpened = unionPorts(entry.plainOpened, b.ports);
        touched.set(key, entry);
    }
    for (const b of buckets.values()) {
        const entry = b.scope !== 'outside-cluster' ? touched.get(`${b.direction}\u0000${b.endpoint}`) : undefined;
        if (entry !== undefined)
            for (const [k, r] of b.because)
                entry.because.set(k, r);
    }
    if (touched.size * namespaceReps.length * 2 > MAX_ALL_NAMESPACE_LOOKUPS)
        return [];
    const out = [];
    for (const t of touched.values()) {
        const common = (revision) => namespaceReps.reduce((ports, [id]) => intersectPorts(ports, t.direction === 'ingress'
            ? allowedBetween(revision, id, t.endpoint)
            : allowedBetween(revision, t.endpoint, id)), ALL_PORTS);
        const before = common('base');
        const after = common('head');
        // Only what opened: "no longer reachable from every namespace" would read as "from none";
        // the per-namespace lines say exactly what closed. And only what also opened towards
        // namespaces not in the manifests: one namespace's new pods gaining access is said as such,
        // not as "every namespace".
        const opened = intersectPorts(subtractPorts(after, before), t.plainOpened);
        if (isEmptyPorts(opened))
            continue;
        const because = [...t.because.values()].filter((r) => r.explains === 'opened');
        out.push({
            scope: 'all-namespaces',
            ...(t.direction === 'ingress' ? { dst: t.endpoint } : { src: t.endpoint }),
            opened,
            closed: {},
            peers: [EVERY_NAMESPACE],
            because,
        });
    }
    return out;
}
/** The per-namespace lines less what "every namespace" already says. */
function withoutImplied(buckets, everyNamespace) {
    const implied = new Map(everyNamespace.map((e) => [`${e.dst === undefined ? 'egress' : 'ingress'}\u0000${e.dst ?? e.src}`, e]));
    const out = [];
    for (const b of buckets) {
        const all = b.scope !== 'outside-cluster' ? implied.get(`${b.direction}\u0000${b.endpoint}`) : undefined;
        const ports = all === undefined ? b.ports : subtractPorts(b.ports, all[b.which]);
        if (!isEmptyPorts(ports))
            out.push({ ...b, ports });
    }
    return out;
}
/** Opened before closed, then by scope (outside the cluster first), then ingress before egress. */
function byRisk(a, b) {
    const opened = (e) => (isEmptyPorts(e.opened) ? 1 : 0);
    return (opened(a) - opened(b) ||
        SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope) ||
        (a.dst === undefined ? 1 : 0) - (b.dst === undefined ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/diff/dead-allow-rules.ts



function findDeadAllowRules(conn, workloads, policyKey) {
    const classCount = conn.universe.portClasses.classes.length;
    const allClasses = Array.from({ length: classCount }, (_, i) => i);
    const tallies = new Map();
    for (const [subject, w] of workloads) {
        if (w.hostNetwork)
            continue;
        for (const direction of ['ingress', 'egress']) {
            const rules = conn.rulesFor(direction, subject).namespaced;
            if (rules.length === 0)
                continue;
            const row = conn.row(direction, subject);
            for (const r of rules) {
                if (r.rule.action !== 'allow' || isEmptyBitset(r.peers))
                    continue;
                // Named ports resolve on the destination: only the subject's own for ingress; an egress
                // rule with named ports is not judged (its destinations vary).
                if (r.named.length > 0 && direction === 'egress')
                    continue;
                const named = r.named.flatMap((n) => w.ports
                    .filter((p) => p.name === n.name && p.protocol === n.protocol)
                    .map((p) => conn.universe.portClasses.classOf(p.protocol, p.port)));
                const classes = r.allPorts ? allClasses : [...new Set([...r.classes, ...named])];
                if (classes.length === 0)
                    continue;
                const key = `${policyKey(r.policy)} ${r.rule.origin.part ?? ''} ${r.rule.origin.section ?? r.rule.direction}[${r.rule.origin.index}]`;
                let tally = tallies.get(key);
                if (tally === undefined)
                    tallies.set(key, (tally = { compiled: r, alive: false }));
                if (tally.alive)
                    continue;
                if (allows(row, r.peers, classes))
                    tally.alive = true;
                else if (tally.sample === undefined)
                    tally.sample = { subject, peer: firstBit(r.peers), c: classes[0] };
            }
        }
    }
    const out = [];
    for (const [key, t] of tallies) {
        if (t.alive || t.sample === undefined)
            continue;
        const { rule, policy } = t.compiled;
        const { subject, peer, c } = t.sample;
        const [src, dst] = rule.direction === 'egress' ? [subject, peer] : [peer, subject];
        const denier = decide(conn, rule.direction, src, dst, conn.universe.portClasses.toPortSet([c])).deniedBy[0];
        out.push(deadRule(key, rule, policy, denier === undefined ? 'a deny evaluated before it' : { rule: ruleRef(denier.rule, denier.policy) }));
    }
    return out;
}
/** Whether the row allows some of the peers on some of the classes. */
function allows(row, peers, classes) {
    const overlaps = (set) => {
        for (let i = 0; i < peers.length; i++)
            if ((peers[i] & set[i]) !== 0)
                return true;
        return false;
    };
    let followsAll = false;
    for (const c of classes) {
        const set = row.byClass.get(c);
        if (set === undefined)
            followsAll = true;
        else if (overlaps(set))
            return true;
    }
    return followsAll && overlaps(row.all);
}
function firstBit(set) {
    let first = -1;
    forEachBit(set, (i) => {
        if (first < 0)
            first = i;
    });
    return first;
}
function deadRule(key, rule, policy, denier) {
    return {
        key: `DEAD_ALLOW_RULE ${key}`,
        code: 'DEAD_ALLOW_RULE',
        file: rule.origin.file,
        line: rule.origin.line,
        message: [{ rule: ruleRef(rule, policy) }, ' allows nothing: everything it matches is denied first by ', denier],
        fix: 'remove the rule, or change the deny (an admin policy is evaluated before every NetworkPolicy)',
    };
}

;// CONCATENATED MODULE: ./src/diff/findings.ts






/** Workloads named in a message; past it, a count. */
const NAMES_SHOWN = 5;
function findPolicyMistakes(head, base) {
    const before = new Set(lint(base, undefined).map((f) => f.key));
    return lint(head, base).map(({ key, ...f }) => ({ ...f, new: !before.has(key) }));
}
function lint(revision, base) {
    const { model, conn } = revision;
    const { select } = createPodSelector(conn.universe, model);
    const baseSelect = base === undefined ? undefined : createPodSelector(base.conn.universe, base.model).select;
    const basePolicies = new Map((base?.model.policies ?? []).map((p) => [policyKey(p), p]));
    const byIndex = new Map();
    for (const w of model.workloads)
        byIndex.set(conn.universe.indexByWorkload.get(workloadKey(w)), w);
    const podLabels = labelIndex(model.workloads.map((w) => w.labels));
    const namespaceLabels = labelIndex([...model.namespaces.values()].map((n) => n.labels));
    const out = [];
    for (const policy of model.policies) {
        const subject = select(policy.subject);
        if (isEmptyBitset(subject) && policy.subject.pods.requirements.length > 0)
            out.push(findings_selectsNothing(policy, basePolicies.get(policyKey(policy)), baseSelect));
        for (const rule of policy.rules) {
            if (rule.emptyRule === true)
                out.push(emptyRule(rule, policy));
            const peers = rule.peers === 'all' ? [] : rule.peers;
            for (const peer of peers) {
                if (peer.kind !== 'pods')
                    continue;
                for (const r of missingLabels(peer.pods.requirements, podLabels, peer.labels === 'cilium'))
                    out.push(peerNothing(rule, policy, r));
                if (peer.namespaces.kind === 'selector') {
                    for (const r of missingLabels(peer.namespaces.selector.requirements.filter((q) => q.key !== NAMESPACE_NAME_LABEL), namespaceLabels, false))
                        out.push(namespaceNothing(rule, policy, r));
                }
            }
            out.push(...undeclaredPorts(rule, policy, subject, select, byIndex, conn.universe.firstNonWorkload));
        }
    }
    out.push(...withoutDns(revision, byIndex));
    out.push(...findDeadAllowRules(conn, byIndex, policyKey));
    return out;
}
function policyKey(p) {
    return `${p.origin.kind} ${p.origin.namespace ?? ''}/${p.origin.name}`;
}
function policyNamed(p) {
    return { policy: policyRef(p), fullKind: true };
}
/** Per label key, the values some object has. */
function labelIndex(all) {
    const index = new Map();
    for (const labels of all) {
        for (const [k, v] of Object.entries(labels)) {
            const values = index.get(k) ?? new Set();
            values.add(v);
            index.set(k, values);
        }
    }
    return index;
}
/** The requirements (In, Exists) that name a label no object has: likely typos. Cilium's
 * derived labels (`io.…`, `reserved:…`) are not labels of objects and are left alone. */
function missingLabels(requirements, index, cilium) {
    return requirements.filter((r) => {
        if (cilium && (r.key.startsWith('io.') || r.key.startsWith('reserved:')))
            return false;
        const values = index.get(r.key);
        if (r.operator === 'Exists')
            return values === undefined;
        if (r.operator === 'In')
            return values === undefined || !r.values.some((v) => values.has(v));
        return false;
    });
}
function requirementText(r) {
    return r.operator === 'Exists'
        ? `the label ${r.key}`
        : r.values.length === 1
            ? `${r.key}=${r.values[0]}`
            : `${r.key} in (${r.values.join(', ')})`;
}
function findings_selectsNothing(policy, atBase, baseSelect) {
    let count = 0;
    if (atBase !== undefined && baseSelect !== undefined)
        forEachBit(baseSelect(atBase.subject), () => count++);
    const by = policy.origin.transformedBy?.find((t) => t.what === 'commonLabels' || t.what === 'labels');
    const was = count === 0 ? '' : `; at base it selected ${count} ${count === 1 ? 'workload' : 'workloads'}`;
    const trap = by === undefined
        ? ''
        : ` (${by.what} at ${by.file}:${by.line} adds labels to its podSelector, the Kustomize commonLabels trap)`;
    return {
        key: `POLICY_SELECTS_NOTHING ${policyKey(policy)}`,
        code: 'POLICY_SELECTS_NOTHING',
        file: policy.origin.file,
        line: policy.origin.line,
        message: [policyNamed(policy), ` selects no workload${was}${trap}, so it protects nothing`],
        fix: by === undefined
            ? 'make its podSelector match the labels of the pods it is meant for'
            : `use labels with includeSelectors: false instead of ${by.what}, or give the pods the same labels`,
    };
}
function emptyRule(rule, policy) {
    return {
        key: `CILIUM_EMPTY_RULE ${policyKey(policy)} ${rule.direction}[${rule.origin.index}] ${rule.origin.part ?? ''}`,
        code: 'CILIUM_EMPTY_RULE',
        file: rule.origin.file,
        line: rule.origin.line,
        message: [
            { rule: ruleRef(rule, policy), withoutAction: true },
            " is an empty rule ({}): in Cilium it matches no peer and only turns on default deny, unlike NetworkPolicy's {} which allows every peer",
        ],
        fix: `to allow every peer write ${rule.direction === 'ingress' ? 'fromEntities' : 'toEntities'}: [all]; to deny by default, this rule does it (say so in a comment)`,
    };
}
function peerNothing(rule, policy, r) {
    return {
        key: `PEER_SELECTS_NOTHING ${policyKey(policy)} ${rule.direction}[${rule.origin.index}] ${r.key}`,
        code: 'PEER_SELECTS_NOTHING',
        file: rule.origin.file,
        line: rule.origin.line,
        message: [
            { rule: ruleRef(rule, policy) },
            ` has a peer podSelector on ${requirementText(r)}, which no workload in the manifests has, so the peer matches nothing (likely a typo)`,
        ],
        fix: 'check the label against the pods it is meant for',
    };
}
function namespaceNothing(rule, policy, r) {
    return {
        key: `NAMESPACE_SELECTOR_NO_MATCH ${policyKey(policy)} ${rule.direction}[${rule.origin.index}] ${r.key}`,
        code: 'NAMESPACE_SELECTOR_NO_MATCH',
        file: rule.origin.file,
        line: rule.origin.line,
        message: [
            { rule: ruleRef(rule, policy) },
            ` has a namespaceSelector on ${requirementText(r)}, which no namespace in the manifests has`,
        ],
        fix: 'check the label against the Namespace manifests (kubernetes.io/metadata.name names a namespace)',
    };
}
/** Named ports of a rule that no destination it can apply to declares (name and protocol). */
function undeclaredPorts(rule, policy, subject, select, byIndex, workloads) {
    if (rule.ports === 'all' || rule.action !== 'allow')
        return [];
    const named = rule.ports.flatMap((p) => (p.kind === 'named' ? [p] : []));
    if (named.length === 0)
        return [];
    let destinations;
    if (rule.direction === 'ingress')
        destinations = subject;
    else {
        destinations = createBitset(workloads);
        if (rule.peers === 'all')
            for (const i of byIndex.keys())
                destinations[i >>> 5] = destinations[i >>> 5] | (1 << (i & 31));
        else
            for (const peer of rule.peers)
                if (peer.kind === 'pods')
                    orInto(destinations, select(peer).subarray(0, destinations.length));
    }
    if (isEmptyBitset(destinations))
        return [];
    return named
        .filter((p) => {
        let declared = false;
        forEachBit(destinations, (i) => {
            if (!declared && (byIndex.get(i)?.ports ?? []).some((c) => c.name === p.name && c.protocol === p.protocol))
                declared = true;
        });
        return !declared;
    })
        .map((p) => ({
        key: `NAMED_PORT_UNDECLARED ${policyKey(policy)} ${rule.direction}[${rule.origin.index}] ${p.protocol}/${p.name}`,
        code: 'NAMED_PORT_UNDECLARED',
        file: rule.origin.file,
        line: rule.origin.line,
        message: [
            { rule: ruleRef(rule, policy) },
            ` allows the named port ${p.name} (${p.protocol}), which no ${rule.direction === 'ingress' ? 'pod the policy selects' : 'destination pod of the rule'} declares, so it allows nothing`,
        ],
        fix: `name a container port ${p.name} with protocol ${p.protocol} in the destination pods, or write the port number`,
    }));
}
/** Workloads isolated for egress whose egress allows port 53 (UDP or TCP) to no endpoint at all:
 * they cannot resolve names (kube-dns, CoreDNS or any other server). One finding per set of
 * isolating policies, at the first of them. */
function withoutDns(revision, byIndex) {
    const { conn } = revision;
    const { portClasses } = conn.universe;
    const classes = [portClasses.classOf('UDP', 53), portClasses.classOf('TCP', 53)];
    const groups = new Map();
    for (const [i, w] of [...byIndex.entries()].sort((a, b) => a[0] - b[0])) {
        if (w.hostNetwork || !conn.isIsolated('egress', i))
            continue;
        const row = conn.row('egress', i);
        if (classes.some((c) => !isEmptyBitset(row.byClass.get(c) ?? row.all)))
            continue;
        const policies = conn.isolatingPolicies('egress', i);
        const key = policies.map(policyKey).join(', ');
        const group = groups.get(key) ?? { policies, workloads: [] };
        group.workloads.push(`${w.namespace}/${w.name}`);
        groups.set(key, group);
    }
    return [...groups.entries()].flatMap(([key, { policies, workloads }]) => {
        const first = policies[0];
        if (first === undefined)
            return [];
        const names = workloads.slice(0, NAMES_SHOWN).join(', ') +
            (workloads.length > NAMES_SHOWN ? ` and ${workloads.length - NAMES_SHOWN} more` : '');
        return [
            {
                key: `EGRESS_WITHOUT_DNS ${key}`,
                code: 'EGRESS_WITHOUT_DNS',
                file: first.origin.file,
                line: first.origin.line,
                message: [
                    `${names} ${workloads.length === 1 ? 'is' : 'are'} isolated for egress by `,
                    ...policies.flatMap((p, i) => (i === 0 ? [policyNamed(p)] : [', ', policyNamed(p)])),
                    ` and can reach no DNS server (nothing on port 53), so ${workloads.length === 1 ? 'it' : 'they'} cannot resolve names`,
                ],
                fix: 'add an egress rule to kube-dns: {to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}], ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]}',
            },
        ];
    });
}

;// CONCATENATED MODULE: ./src/diff/remaining-access.ts

/** Work bound: endpoints said × endpoints looked up. Past it, the first are said and the rest
 * counted (`RemainingAccess` lists only what was worked out). */
const MAX_LOOKUPS = 2_000_000;
const MAX_SAID = 200;
function remainingAccess(changes, endpoints, representatives, at) {
    const index = new Map(endpoints.map((e, i) => [e.id, i]));
    // Whose own side shrank: the destination's ingress, or the source's egress, for some closed pair.
    const shrunk = new Map();
    for (const c of changes) {
        if (isEmptyPorts(c.closed))
            continue;
        const src = index.get(c.src);
        const dst = index.get(c.dst);
        for (const [direction, endpoint] of [
            ['ingress', dst],
            ['egress', src],
        ]) {
            const key = `${direction}\u0000${endpoint}`;
            let entry = shrunk.get(key);
            if (entry === undefined) {
                if (endpoints[endpoint]?.type !== 'workload' || representatives.has(endpoints[endpoint].id))
                    continue;
                if (isEmptyPorts(subtractPorts(at.direction('base', direction, src, dst), at.direction('head', direction, src, dst))))
                    continue;
                shrunk.set(key, (entry = { direction, endpoint, rejected: new Map() }));
            }
            for (const r of c.rejected ?? [])
                entry.rejected.set(`${r.revision}\u0000${r.file}\u0000${r.line}`, r);
        }
    }
    const limit = Math.min(MAX_SAID, Math.floor(MAX_LOOKUPS / Math.max(1, endpoints.length * 2)));
    const said = [...shrunk.values()].sort((a, b) => a.direction === b.direction ? a.endpoint - b.endpoint : a.direction === 'ingress' ? -1 : 1);
    const remaining = said.slice(0, limit).map(({ direction, endpoint, rejected }) => {
        const id = endpoints[endpoint].id;
        const side = direction === 'ingress' ? { dst: id } : { src: id };
        const marked = rejected.size === 0 ? {} : { rejected: [...rejected.values()] };
        return {
            ...side,
            now: groups('head', direction, endpoint, endpoints, representatives, at),
            before: groups('base', direction, endpoint, endpoints, representatives, at),
            ...marked,
        };
    });
    return { remaining, notWorkedOut: Math.max(0, said.length - limit) };
}
/** The peers of one endpoint (sources of its ingress, or destinations of its egress) by ports. */
function groups(revision, direction, endpoint, endpoints, representatives, at) {
    const byPorts = new Map();
    let peers = 0;
    let reached = 0;
    endpoints.forEach((e, other) => {
        // A DNS name is a destination of toFQDNs rules only.
        if (e.type === 'dns' && direction === 'ingress')
            return;
        peers++;
        const ports = direction === 'ingress' ? at.allowed(revision, other, endpoint) : at.allowed(revision, endpoint, other);
        if (isEmptyPorts(ports))
            return;
        reached++;
        const key = JSON.stringify(ports);
        const group = byPorts.get(key) ?? { ports, peers: [] };
        group.peers.push(representatives.get(e.id)?.description ?? e.id);
        byPorts.set(key, group);
    });
    const [only] = byPorts.values();
    if (byPorts.size === 1 && only !== undefined && reached === peers)
        return [{ ports: only.ports, peers: [], everyone: true }];
    return [...byPorts.values()]
        .sort((a, b) => a.peers.length - b.peers.length)
        .map((g) => ({ ports: g.ports, peers: g.peers }));
}

;// CONCATENATED MODULE: ./src/diff/representatives.ts



/** How many label-derived namespaces at most: beyond it, a cluster of thousands of selectors
 * would grow by thousands of endpoints for a section that names a few. */
const MAX_SELECTOR_REPRESENTATIVES = 100;
const UNLISTED = '(namespace not in the manifests)';
/** The pod of a namespace no manifest has, with a name and labels that no selector names: it
 * stands for every such namespace, and only for those. */
const PLAIN_DESCRIPTION = 'a pod in a new namespace whose name and labels no policy names';
const NEW_POD = '(new pod)';
function planRepresentatives(models) {
    const representatives = new Map();
    const pods = [];
    const listed = [...(models[0]?.namespaces.keys() ?? [])].filter((name) => models.every((m) => m.namespaces.has(name)));
    for (const name of listed.sort()) {
        pods.push({ workload: pod(name, NEW_POD, {}) });
        representatives.set(`${name}/${NEW_POD}`, {
            scope: 'unlisted-pods',
            namespace: name,
            description: `a new pod in ${name}`,
        });
    }
    const plain = namespace(UNLISTED, {});
    pods.push({ workload: pod(UNLISTED, '(any pod)', {}), namespace: plain });
    representatives.set(`${UNLISTED}/(any pod)`, {
        scope: 'unlisted-namespaces',
        description: PLAIN_DESCRIPTION,
        plain: true,
    });
    const known = new Set(models.flatMap((m) => [...m.namespaces.keys()]));
    const seen = new Set();
    for (const selection of peerSelections(models)) {
        for (const labels of selection.labels === 'cilium' ? ciliumLabels(selection.pods) : kubernetesLabels(selection)) {
            if (seen.size >= MAX_SELECTOR_REPRESENTATIVES)
                break;
            if (Object.keys(labels.namespace).length === 0)
                continue;
            const name = labels.namespace[NAMESPACE_NAME_LABEL] ?? `(namespace ${seen.size + 1} not in the manifests)`;
            const key = JSON.stringify(labels);
            if (known.has(name) || seen.has(key))
                continue;
            seen.add(key);
            known.add(name);
            pods.push({ workload: pod(name, '(any pod)', labels.pod), namespace: namespace(name, labels.namespace) });
            representatives.set(`${name}/(any pod)`, { scope: 'unlisted-namespaces', description: representatives_describe(labels) });
        }
    }
    return { representatives, pods };
}
function withRepresentatives(model, plan) {
    const { pods } = plan;
    const namespaces = new Map(model.namespaces);
    for (const p of pods)
        if (p.namespace !== undefined && !namespaces.has(p.namespace.name))
            namespaces.set(p.namespace.name, p.namespace);
    return { ...model, namespaces, workloads: [...model.workloads, ...pods.map((p) => p.workload)] };
}
function pod(namespace, name, labels) {
    return {
        namespace,
        name,
        kind: 'Pod',
        labels,
        ports: [],
        hostNetwork: false,
        serviceAccount: 'default',
        ips: [],
        source: { file: '', line: 0 },
    };
}
function namespace(name, labels) {
    return { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name }, declared: false };
}
/** Every pod peer of every rule, in both revisions. */
function* peerSelections(models) {
    for (const model of models) {
        for (const policy of model.policies) {
            for (const rule of policy.rules) {
                if (rule.peers === 'all')
                    continue;
                for (const peer of rule.peers)
                    if (peer.kind === 'pods')
                        yield peer;
            }
        }
    }
}
/** A Kubernetes peer that selects namespaces by labels: namespaces it admits (one per value of
 * each `In`) and namespaces it leaves out (one per value of each `NotIn`, one per
 * `DoesNotExist`), each with a pod its pod selector admits. Those left out keep "every namespace"
 * honest: a workload that they cannot reach is not reachable from every namespace. */
function kubernetesLabels(selection) {
    if (selection.namespaces.kind !== 'selector' || selection.namespaces.selector.requirements.length === 0)
        return [];
    const pods = satisfying(selection.pods);
    if (pods === undefined)
        return [];
    return variants(selection.namespaces.selector).map((namespace) => ({ namespace, pod: pods }));
}
/** A Cilium endpoint selector that names namespace labels (not only the namespace's name). */
function ciliumLabels(selector) {
    const nsRequirements = [];
    const podRequirements = [];
    for (const r of selector.requirements) {
        if (r.key === NAMESPACE_KEY)
            nsRequirements.push({ ...r, key: NAMESPACE_NAME_LABEL });
        else if (r.key.startsWith(NAMESPACE_LABEL_PREFIX))
            nsRequirements.push({ ...r, key: r.key.slice(NAMESPACE_LABEL_PREFIX.length) });
        else if (r.key.startsWith('io.cilium.') || r.key.startsWith('reserved:'))
            return [];
        else
            podRequirements.push(r);
    }
    if (!nsRequirements.some((r) => r.key !== NAMESPACE_NAME_LABEL))
        return [];
    const pods = satisfying({ requirements: podRequirements });
    if (pods === undefined)
        return [];
    return variants({ requirements: nsRequirements }).map((namespace) => ({ namespace, pod: pods }));
}
/** Label sets the selector admits (each value of each `In`) and some it refuses (each value of
 * each `NotIn`, each `DoesNotExist` key set), as the namespaces a cluster could get. */
function variants(selector) {
    const base = satisfying(selector);
    if (base === undefined)
        return [];
    const out = [base];
    for (const r of selector.requirements) {
        const values = r.operator === 'In' || r.operator === 'NotIn' ? r.values : r.operator === 'DoesNotExist' ? [''] : [];
        for (const value of values)
            if (base[r.key] !== value)
                out.push({ ...base, [r.key]: value });
    }
    return out;
}
/** Labels that satisfy a selector and have no key it does not need, or undefined when none can. */
function satisfying(selector) {
    const labels = {};
    for (const r of selector.requirements) {
        if (r.operator === 'In') {
            const excluded = selector.requirements
                .filter((q) => q.key === r.key && q.operator === 'NotIn')
                .flatMap((q) => q.values);
            const value = r.values.find((v) => !excluded.includes(v) && (labels[r.key] === undefined || labels[r.key] === v));
            if (value === undefined)
                return undefined;
            labels[r.key] = value;
        }
    }
    for (const r of selector.requirements)
        if (r.operator === 'Exists' && labels[r.key] === undefined)
            labels[r.key] = '';
    return matchesSelector(selector, labels) ? labels : undefined;
}
/** `a pod labelled app=web in a new namespace labelled team=x`, `a pod in namespace
 * monitoring (not in the manifests)`. A label with an empty value stands for "has the label". */
function representatives_describe(labels) {
    const text = (l) => {
        const entries = Object.entries(l).filter(([k]) => k !== NAMESPACE_NAME_LABEL);
        const valued = entries.filter(([, v]) => v !== '').map(([k, v]) => `${k}=${v}`);
        const present = entries.filter(([, v]) => v === '').map(([k]) => k);
        const parts = [
            ...(valued.length > 0 ? [`labelled ${valued.join(', ')}`] : []),
            ...(present.length > 0 ? [`with the label ${present.join(', ')}`] : []),
        ];
        return parts.join(' and ');
    };
    const podLabels = text(labels.pod);
    const podPart = podLabels === '' ? 'a pod' : `a pod ${podLabels}`;
    const named = labels.namespace[NAMESPACE_NAME_LABEL];
    const nsLabels = text(labels.namespace);
    if (named !== undefined)
        return `${podPart} in namespace ${named} (not in the manifests)${nsLabels === '' ? '' : `, ${nsLabels}`}`;
    return `${podPart} in a new namespace ${nsLabels}`;
}

;// CONCATENATED MODULE: ./src/diff/rejected-input.ts

/** How many causes a lost object names when nothing in the file points at it in particular. */
const MAX_CAUSES = 3;
/**
 * The objects that `other` holds and `model` lacks where `model`'s copy of the same file had
 * input refused (a syntax error, an unknown field, an invalid value). The file may also have
 * dropped the object on purpose: that cannot be told apart, and the report says "depends on".
 */
function lostObjects(revision, model, readDiagnostics, other, otherRendered) {
    const refusals = new Map();
    const refuse = (file, d) => {
        const list = refusals.get(file);
        if (list === undefined)
            refusals.set(file, [d]);
        else if (!list.includes(d))
            list.push(d);
    };
    for (const d of [...readDiagnostics, ...model.diagnostics]) {
        if (d.severity !== 'error')
            continue;
        refuse(d.file, d);
        // A kustomization that was not rendered loses what the other revision rendered from it.
        const rendered = d.code.startsWith('KUSTOMIZE_') ? otherRendered?.get(kustomizationDir(d.file)) : undefined;
        for (const document of rendered ?? [])
            refuse(document.file, d);
    }
    if (refusals.size === 0)
        return [];
    const held = new Set(model.objects.map((o) => o.key));
    const missing = other.objects.filter((o) => refusals.has(o.file) && !held.has(o.key));
    const ends = objectEnds(other.objects, new Set(missing.map((o) => o.file)));
    return missing.map((object) => ({
        revision,
        object,
        end: ends.get(object) ?? Infinity,
        causes: causesOf(object, refusals.get(object.file) ?? []),
    }));
}
/** `overlays/prod` for `overlays/prod/kustomization.yaml` (the file a Kustomize diagnostic names). */
function kustomizationDir(file) {
    return file.replace(/\/?(kustomization\.ya?ml|Kustomization)$/, '');
}
/** Each object's end: the start of the next object of the same file (only for `files`). */
function objectEnds(objects, files) {
    const byFile = new Map();
    for (const o of objects) {
        if (!files.has(o.file))
            continue;
        const list = byFile.get(o.file);
        if (list === undefined)
            byFile.set(o.file, [o]);
        else
            list.push(o);
    }
    const ends = new Map();
    for (const list of byFile.values()) {
        const sorted = [...list].sort((a, b) => a.line - b.line);
        // Walking back, `next` is the first start after the current object's (List items share one).
        let next = Infinity;
        for (let i = sorted.length - 1; i >= 0; i--) {
            const o = sorted[i];
            ends.set(o, next);
            const before = sorted[i - 1];
            if (before !== undefined && before.line < o.line)
                next = o.line;
        }
    }
    return ends;
}
/** The refusals that name the object, else every refusal of its file (a few). */
function causesOf(object, inFile) {
    const name = object.key.slice(object.key.indexOf(' ') + 1);
    const naming = inFile.filter((d) => d.message.includes(name));
    return (naming.length > 0 ? naming : inFile).slice(0, MAX_CAUSES);
}
/** A document holding just the lost object, to put it back into the revision that lost it. */
function substituteDocument(lost) {
    const { object } = lost;
    return {
        file: object.file,
        line: object.line,
        value: object.value,
        lineOf: (path) => object.document.lineOf([...object.path, ...path]),
    };
}
/**
 * Marks the changes that depend on lost objects: those that the comparison with every lost
 * object put back (`counterfactual`) does not have, or has with other ports. Their reasons name
 * what could not be read; the rest keep theirs.
 */
function markDependentChanges(changes, counterfactual, lost, endpoints) {
    if (lost.length === 0)
        return [...changes];
    const expected = new Map(counterfactual.map((c) => [`${c.src}\u0000${c.dst}`, c]));
    return changes.map((change) => {
        const other = expected.get(`${change.src}\u0000${change.dst}`);
        if (other !== undefined && portsEqual(other.opened, change.opened) && portsEqual(other.closed, change.closed))
            return change;
        return dependentChange(change, lost, endpoints);
    });
}
function dependentChange(change, lost, endpoints) {
    const cited = lost.filter((l) => change.because.some((r) => cites(r, l)));
    const ends = lost.filter((l) => isEndpointOf(l.object, endpoints.get(change.src)) || isEndpointOf(l.object, endpoints.get(change.dst)));
    const blamed = [...new Set([...cited, ...ends])];
    const culprits = blamed.length > 0 ? blamed : lost;
    const kept = change.because.filter((r) => !cited.some((l) => cites(r, l)));
    const explains = [];
    if (!isEmptyPorts(change.opened))
        explains.push('opened');
    if (!isEmptyPorts(change.closed))
        explains.push('closed');
    if (explains.length === 0)
        explains.push(change.restrictedBy !== undefined ? 'opened' : 'closed');
    const reasons = culprits.slice(0, MAX_CAUSES).flatMap((l) => explains.map((e) => lostReason(l, e)));
    const rejected = dedupe(culprits.flatMap((l) => l.causes.map((d) => ({ revision: l.revision, file: d.file, line: d.line }))));
    return { ...change, because: [...reasons, ...kept], rejected };
}
/** Whether a because-line cites the lost object as the other revision has it. */
function cites(reason, lost) {
    const { object } = lost;
    return (reason.revision !== lost.revision &&
        reason.file === object.file &&
        reason.line >= object.line &&
        reason.line < lost.end);
}
function isEndpointOf(object, endpoint) {
    return endpoint?.type === 'workload' && object.key === `${endpoint.kind} ${endpoint.namespace}/${endpoint.name}`;
}
function lostReason(lost, explains) {
    const [cause] = lost.causes;
    return {
        ref: { type: 'unreadable', object: lost.object.key, cause: shortCause(cause, lost.object) },
        revision: lost.revision,
        explains,
        file: cause.file,
        line: cause.line,
    };
}
/** The first clause of a diagnostic, without the object's name it may start with. */
function shortCause(d, object) {
    const name = object.key.slice(object.key.indexOf(' ') + 1);
    let text = d.message.split('; ')[0] ?? d.message;
    const prefix = text.indexOf(`${name}: `);
    if (prefix >= 0 && prefix < 60)
        text = text.slice(prefix + name.length + 2);
    if (text.length <= 120)
        return text;
    // A renderer's message chains its causes ("kubectl kustomize failed: accumulating components:
    // … line 25: found a tab character"): the first words say who failed, the last ones why.
    const failed = text.indexOf('failed: ');
    const head = failed >= 0 && failed < 100 ? text.slice(0, failed + 'failed: '.length) : text.slice(0, 40);
    return `${head}…${text.slice(-(117 - head.length))}`;
}
function dedupe(items) {
    const seen = new Map(items.map((i) => [`${i.revision}\u0000${i.file}\u0000${i.line}`, i]));
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/diff/compare-revisions.ts















/** `config`: the repository config (`.netreach.yaml`); with it, the report holds the assertions'
 * outcomes and the head's findings, and the config's errors come first among the diagnostics. */
function compareRevisions(base, head, options, timings, parse = createDocumentParser({ keepPositions: needsPositions }), config) {
    let t = performance.now();
    const baseModel = buildCluster(base.files, {
        parse,
        defaultNamespace: options.defaultNamespace,
        documents: base.documents ?? [],
    });
    const headModel = buildCluster(head.files, {
        parse,
        defaultNamespace: options.defaultNamespace,
        documents: head.documents ?? [],
    });
    if (timings) {
        timings.parseMs += performance.now() - t;
        timings.workloads += headModel.workloads.length;
        timings.policies += headModel.policies.length;
    }
    const lost = [
        ...lostObjects('base', baseModel, base.diagnostics ?? [], headModel, head.byKustomization),
        ...lostObjects('head', headModel, head.diagnostics ?? [], baseModel, base.byKustomization),
    ];
    // With every lost object put back: what the change would be had all input been read.
    const restore = (revision, name) => {
        const back = lost.filter((l) => l.revision === name).map(substituteDocument);
        return back.length === 0
            ? undefined
            : buildCluster(revision.files, {
                parse,
                defaultNamespace: options.defaultNamespace,
                documents: [...(revision.documents ?? []), ...back],
            });
    };
    // Representative peers (new pods, namespaces not in the manifests) in every revision alike.
    const plan = planRepresentatives([baseModel, headModel]);
    const withReps = (m) => (m === undefined ? undefined : withRepresentatives(m, plan));
    const baseRestored = withReps(restore(base, 'base'));
    const headRestored = withReps(restore(head, 'head'));
    const baseFull = withRepresentatives(baseModel, plan);
    const headFull = withRepresentatives(headModel, plan);
    t = performance.now();
    const restored = [baseRestored, headRestored].filter((m) => m !== undefined);
    // An assertion's ipBlock must cover whole external parts.
    const assertionIps = (config?.assertions ?? []).flatMap((a) => [...a.from, ...a.to].flatMap((p) => (p.kind === 'ipBlock' ? [p.ips] : [])));
    // Each staged policy enforced on top of head (its own cluster model), for the preview.
    const staged = stagedModels(headFull);
    const universe = buildUniverse([baseFull, headFull, ...restored, ...staged.map((s) => s.model)], options, assertionIps);
    const baseConn = evaluate(universe, baseFull, options);
    const headConn = evaluate(universe, headFull, options);
    if (timings)
        timings.evaluateMs += performance.now() - t;
    t = performance.now();
    let allChanges = diffConnectivity(baseConn, headConn, timings);
    const byId = endpointsById(universe.endpoints);
    if (lost.length > 0) {
        const counterfactual = diffConnectivity(evaluate(universe, baseRestored ?? baseFull, options), evaluate(universe, headRestored ?? headFull, options));
        allChanges = markDependentChanges(allChanges, counterfactual, lost, byId);
    }
    // Paths between the manifests' workloads and the outside (exposure to new pods is not previewed).
    const previews = stagedPreviews(staged, universe, headConn, options).map((p) => ({
        ...p,
        changes: p.changes.filter((c) => !plan.representatives.has(c.src) && !plan.representatives.has(c.dst)),
    }));
    const conn = { base: baseConn, head: headConn };
    const index = (id) => universe.indexById.get(id);
    const { changes, exposure } = splitExposure(allChanges, plan.representatives, byId, (revision, src, dst) => allowedPorts(conn[revision], index(src), index(dst)));
    const remains = remainingAccess(changes, universe.endpoints, plan.representatives, {
        allowed: (revision, src, dst) => allowedPorts(conn[revision], src, dst),
        direction: (revision, direction, src, dst) => directionPorts(conn[revision], direction, src, dst),
    });
    const added = [];
    const removed = [];
    universe.endpoints.forEach((e, i) => {
        if (e.type !== 'workload' || plan.representatives.has(e.id))
            return;
        const before = hasBit(baseConn.present, i);
        const after = hasBit(headConn.present, i);
        if (after && !before)
            added.push(e.id);
        if (before && !after)
            removed.push(e.id);
    });
    const tGuardrails = performance.now();
    const guardrails = config === undefined
        ? {}
        : {
            assertions: evaluateAssertions(config.assertions, baseConn, headConn, plan.representatives),
            findings: findPolicyMistakes({ model: headModel, conn: headConn }, { model: baseModel, conn: baseConn }),
            configFile: config.file,
            configErrors: config.diagnostics.filter((d) => d.severity === 'error').length,
        };
    if (timings)
        timings.diffMs += performance.now() - t;
    if (timings && config !== undefined)
        timings.guardrailsMs = (timings.guardrailsMs ?? 0) + performance.now() - tGuardrails;
    const diagnostics = mergeDiagnostics([...(config?.diagnostics ?? []), ...(head.diagnostics ?? []), ...headModel.diagnostics, ...headConn.diagnostics], [...(base.diagnostics ?? []), ...baseModel.diagnostics, ...baseConn.diagnostics]);
    const lostKeys = new Set(lost.map((l) => l.object.key));
    const unreadable = lost.length === 0
        ? []
        : universe.endpoints
            .filter((e) => e.type === 'workload' && lostKeys.has(`${e.kind} ${e.namespace}/${e.name}`))
            .map((e) => e.id);
    const endpoints = universe.endpoints.filter((e) => !plan.representatives.has(e.id));
    const report = {
        endpoints,
        changes,
        exposure,
        remaining: remains.remaining,
        ...(remains.notWorkedOut > 0 ? { remainingNotWorkedOut: remains.notWorkedOut } : {}),
        added,
        removed,
        diagnostics,
        base: base.label,
        head: head.label,
        ...guardrails,
        ...(previews.length === 0 ? {} : { staged: previews }),
    };
    return unreadable.length === 0 ? report : { ...report, unreadable };
}
function endpointsById(endpoints) {
    return new Map(endpoints.map((e) => [e.id, e]));
}
/** Head's diagnostics, then base's that head does not repeat (marked as base's). */
function mergeDiagnostics(head, base) {
    const key = (d) => `${d.code}\u0000${d.file}\u0000${d.message}`;
    const seen = new Set(head.map(key));
    return [...head, ...base.filter((d) => !seen.has(key(d))).map((d) => ({ ...d, message: `in base: ${d.message}` }))];
}

;// CONCATENATED MODULE: ./src/diff/compare-clusters.ts

function compareClusters(base, head, options, parse, timings) {
    const names = [...new Set([...(base.byKustomization?.keys() ?? []), ...(head.byKustomization?.keys() ?? [])])].sort();
    const inside = (name, file) => file === name || file.startsWith(`${name}/`);
    // A diagnostic about one kustomization goes to its cluster; the others, to every cluster.
    const part = (revision, name) => ({
        label: revision.label,
        files: revision.files,
        documents: revision.byKustomization?.get(name) ?? [],
        diagnostics: (revision.diagnostics ?? []).filter((d) => inside(name, d.file) || !names.some((other) => inside(other, d.file))),
    });
    return names.map((name) => ({
        name,
        report: compareRevisions(part(base, name), part(head, name), options, timings, parse),
    }));
}

;// CONCATENATED MODULE: ./src/engine/reach.ts









function reach(files, options, documents = [], parse = createDocumentParser({ keepPositions: needsPositions })) {
    const model = buildCluster(files, { parse, defaultNamespace: options.defaultNamespace, documents });
    const universe = buildUniverse([model], options);
    const conn = evaluate(universe, model, options);
    return {
        endpoints: universe.endpoints,
        connections: listConnections(conn),
        diagnostics: [...model.diagnostics, ...conn.diagnostics],
    };
}
function listConnections(conn) {
    const { endpoints } = conn.universe;
    const out = [];
    for (let src = 0; src < endpoints.length; src++) {
        if (!hasBit(conn.present, src))
            continue;
        for (let dst = 0; dst < endpoints.length; dst++) {
            if (!hasBit(conn.present, dst))
                continue;
            const allowed = allowedPorts(conn, src, dst);
            if (isEmptyPorts(allowed))
                continue;
            const uncertain = uncertainPorts(conn, src, dst);
            const restrictedBy = restrictionOf(conn, src, dst);
            out.push({
                src: endpoints[src].id,
                dst: endpoints[dst].id,
                allowed,
                ...(isEmptyPorts(uncertain) ? {} : { uncertain }),
                ...(restrictedBy === undefined ? {} : { restrictedBy }),
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/manifests/read-directory.ts
// Finds manifest files on disk: a file as given, or every .yaml/.yml/.json below a directory.
// Bounded and careful: files over the size limit are reported, not read; symlinks are followed
// only while they stay inside the given path; .git and node_modules are skipped.


const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
/**
 * Reads one path. Files found below a directory are named relative to it, so that two
 * revisions checked out in two directories name the same file alike; a file given directly is
 * named as given. Throws when the path does not exist (a usage error, not a manifest problem).
 */
async function readManifestPath(root) {
    const info = await (0,promises_namespaceObject.stat)(root);
    const files = [];
    const diagnostics = [];
    if (!info.isDirectory()) {
        await readOne(root, root, info.size, files, diagnostics);
        return { files, diagnostics };
    }
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    const visited = new Set([realRoot]);
    const walk = async (dir) => {
        const entries = (await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            const full = external_node_path_default().join(dir, entry.name);
            const shown = external_node_path_default().relative(root, full).split((external_node_path_default()).sep).join('/');
            let isDir = entry.isDirectory();
            let size = 0;
            if (entry.isSymbolicLink()) {
                let target;
                try {
                    target = await (0,promises_namespaceObject.realpath)(full);
                }
                catch {
                    diagnostics.push(problem('UNREADABLE_FILE', shown, 'is a broken symbolic link; it was skipped', 'remove the link or point it at a file in the repository'));
                    continue;
                }
                if (target !== realRoot && !target.startsWith(realRoot + (external_node_path_default()).sep)) {
                    if (isDir || isManifestName(entry.name) || (await (0,promises_namespaceObject.stat)(target)).isDirectory()) {
                        diagnostics.push(problem('SYMLINK_OUTSIDE', shown, `is a symbolic link to ${target}, outside ${root}; it was not followed`, 'copy the manifest into the repository instead of linking to it'));
                    }
                    continue;
                }
                const targetInfo = await (0,promises_namespaceObject.stat)(target);
                isDir = targetInfo.isDirectory();
                size = targetInfo.size;
                if (isDir) {
                    if (visited.has(target))
                        continue;
                    visited.add(target);
                }
            }
            else if (!isDir && entry.isFile()) {
                size = (await (0,promises_namespaceObject.lstat)(full)).size;
            }
            else if (!isDir) {
                continue;
            }
            if (isDir) {
                if (SKIPPED_DIRECTORIES.has(entry.name))
                    continue;
                // A directory reached twice (through a link) is read once, under the first name met.
                const real = await (0,promises_namespaceObject.realpath)(full);
                if (!entry.isSymbolicLink()) {
                    if (visited.has(real))
                        continue;
                    visited.add(real);
                }
                await walk(full);
            }
            else if (isManifestName(entry.name)) {
                await readOne(full, shown, size, files, diagnostics);
            }
        }
    };
    await walk(root);
    return { files, diagnostics };
}
function isManifestName(name) {
    const lower = name.toLowerCase();
    return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
async function readOne(full, shown, size, files, diagnostics) {
    if (size > MAX_FILE_BYTES) {
        diagnostics.push(problem('FILE_TOO_LARGE', shown, `is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not read`, 'split the file, or leave it out of the given paths'));
        return;
    }
    try {
        files.push({ path: shown, text: await (0,promises_namespaceObject.readFile)(full, 'utf8') });
    }
    catch (error) {
        diagnostics.push(problem('UNREADABLE_FILE', shown, `could not be read (${error.message})`, 'check the file permissions'));
    }
}
function problem(code, file, what, fix) {
    return { code, severity: 'error', file, line: 0, message: `${file} ${what}`, fix };
}

;// CONCATENATED MODULE: ./src/manifests/read-git.ts
// Reads the manifest files of a git revision straight from the object database: nothing is
// checked out, nothing from the revision is executed, symbolic links are never followed, and
// each blob is read once however many revisions share it.



const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
class GitError extends Error {
}
/** Resolves a ref to a commit SHA, or throws a GitError that says what to do. */
async function resolveCommit(ref, cwd) {
    try {
        const { stdout } = await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
        return stdout.trim();
    }
    catch {
        throw new GitError(`git revision "${ref}" was not found in ${cwd}: fetch it first (git fetch origin ${ref}), or run in a full clone (fetch-depth: 0)`);
    }
}
/** Reads the manifest files of `commit`. Files are named relative to the repository's top. */
async function readGitRevision(commit, cwd, options = {}) {
    const include = options.include ?? isManifestName;
    const blobs = options.blobs ?? new Map();
    const args = options.fullTree
        ? ['ls-tree', '-r', '-z', '--long', '--full-tree', commit]
        : ['ls-tree', '-r', '-z', '--long', '--full-name', commit, '--', ...(options.paths ?? [])];
    const { stdout } = await run('git', args, { cwd, maxBuffer: 1 << 30 });
    const entries = [];
    for (const record of stdout.split('\0')) {
        if (record === '')
            continue;
        const tab = record.indexOf('\t');
        const [mode, type, oid, size] = record.slice(0, tab).split(/\s+/);
        entries.push({ mode, type, oid, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1) });
    }
    const diagnostics = [];
    const wanted = [];
    for (const entry of entries) {
        if (entry.type !== 'blob' || !include(entry.path))
            continue;
        if (entry.mode === '120000') {
            diagnostics.push(read_git_problem('SYMLINK_OUTSIDE', entry.path, 'is a symbolic link; links are not followed when reading a git revision', 'commit the manifest itself instead of a link to it'));
        }
        else if (entry.size > MAX_FILE_BYTES) {
            diagnostics.push(read_git_problem('FILE_TOO_LARGE', entry.path, `is ${(entry.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not read`, 'split the file, or leave it out of the given paths'));
        }
        else {
            wanted.push(entry);
        }
    }
    const missing = [...new Set(wanted.map((e) => e.oid).filter((oid) => !blobs.has(oid)))];
    for (const [oid, text] of await readBlobs(missing, cwd))
        blobs.set(oid, text);
    const files = wanted.map((e) => ({ path: e.path, text: blobs.get(e.oid) }));
    return { files, diagnostics };
}
function read_git_problem(code, file, what, fix) {
    return { code, severity: 'error', file, line: 0, message: `${file} ${what}`, fix };
}
/** Reads blobs through one `git cat-file --batch` process. */
async function readBlobs(oids, cwd) {
    const out = new Map();
    if (oids.length === 0)
        return out;
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks = [];
    let stderr = '';
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => (stderr += c.toString()));
    const done = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
    child.stdin.end(`${oids.join('\n')}\n`);
    const code = await done;
    if (code !== 0)
        throw new GitError(`git cat-file failed: ${stderr.trim()}`);
    const data = Buffer.concat(chunks);
    let at = 0;
    for (const oid of oids) {
        const eol = data.indexOf(10, at);
        const header = data.subarray(at, eol).toString().split(' ');
        const size = Number(header[2]);
        if (header[1] !== 'blob' || !Number.isFinite(size))
            throw new GitError(`git cat-file returned an unexpected answer for ${oid}: ${header.join(' ')}`);
        out.set(oid, data.subarray(eol + 1, eol + 1 + size).toString('utf8'));
        at = eol + 1 + size + 1;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/manifests/kustomization-graph.ts
// Reads a Kustomize kustomization and everything it depends on (bases, components, patches,
// generator files, …), without rendering anything: to know which files belong to it (they are
// never plain manifests), where each field is written, and what netreach will not render
// (remote bases, Helm, KRM functions).



const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const REMOTE = /^(https?:|git@|ssh:|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.+\/\//;
const parseKustomization = createDocumentParser({ keepPositions: () => true });
/** The kustomization file in `dir`, parsed; undefined when the directory holds none. */
function readKustomizationNode(dir, source) {
    const at = posix_default().normalize(dir);
    for (const name of KUSTOMIZATION_NAMES) {
        const file = posix_default().join(at, name);
        const text = source.read(file);
        if (text === undefined)
            continue;
        const [document] = parseKustomization({ path: file, text }).documents;
        const kind = isRecord(document?.value) && document.value.kind === 'Component' ? 'Component' : 'Kustomization';
        return { dir: at, file, kind, ...(document === undefined ? {} : { document }) };
    }
    return undefined;
}
/** Walks the kustomization in `dir` (a path relative to the source's root). */
function readKustomizationGraph(dir, source) {
    const files = new Set();
    const inputs = new Set();
    const dirs = new Set();
    const kustomizations = new Map();
    const refusals = [];
    const problems = [];
    const visit = (d, from) => {
        const at = posix_default().normalize(d);
        if (kustomizations.has(at))
            return;
        const node = readKustomizationNode(at, source);
        if (node === undefined) {
            problems.push({
                message: `${at} has no kustomization.yaml`,
                file: from?.file ?? posix_default().join(at, 'kustomization.yaml'),
                line: from?.line ?? 1,
            });
            return;
        }
        kustomizations.set(at, node);
        files.add(node.file);
        if (node.document === undefined || !isRecord(node.document.value)) {
            if (node.document === undefined)
                problems.push({ message: `${node.file} is not valid YAML`, file: node.file, line: 1 });
            return;
        }
        readEntries(node, node.document, { files, inputs, dirs, refusals, visit, source });
    };
    visit(dir);
    return { files, inputs, dirs, kustomizations, refusals, problems };
}
/** The fields of a kustomization that name files or directories (kubectl.docs.kubernetes.io,
 * Kustomization File reference). */
function readEntries(node, doc, walk) {
    const k = doc.value;
    const { file: name, dir: at } = node;
    const list = (v) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
    const add = (ref, field, where, input = true) => {
        const line = doc.lineOf(where);
        if (REMOTE.test(ref)) {
            walk.refusals.push({ message: `${name} refers to the remote ${field} "${ref}"`, file: name, line });
            return;
        }
        const p = posix_default().join(at, ref);
        if (walk.source.isDir(p))
            walk.visit(p, { file: name, line });
        else {
            walk.files.add(p);
            if (input)
                walk.inputs.add(p);
        }
    };
    for (const field of ['resources', 'bases', 'components', 'crds', 'configurations']) {
        list(k[field]).forEach((r, i) => typeof r === 'string' && add(r, field.replace(/s$/, ''), [field, i], field === 'configurations'));
    }
    for (const field of ['patches', 'patchesJson6902', 'replacements']) {
        list(k[field]).forEach((p, i) => {
            if (isRecord(p) && typeof p.path === 'string')
                add(p.path, 'patch', [field, i, 'path']);
            // A bare file name, which Kustomize also takes (microservices-demo's without-loadgenerator).
            else if (typeof p === 'string' && !isInline(p))
                add(p, 'patch', [field, i]);
        });
    }
    // patchesStrategicMerge holds file names or inline patches.
    list(k.patchesStrategicMerge).forEach((p, i) => typeof p === 'string' && !isInline(p) && add(p, 'patch', ['patchesStrategicMerge', i]));
    for (const field of ['configMapGenerator', 'secretGenerator']) {
        list(k[field]).forEach((g, i) => {
            if (!isRecord(g))
                return;
            for (const key of ['files', 'envs', 'env']) {
                list(g[key]).forEach((f, j) => typeof f === 'string' &&
                    add(f.includes('=') ? f.split('=')[1] : f, 'generator file', [field, i, key, j]));
            }
        });
    }
    if (isRecord(k.openapi) && typeof k.openapi.path === 'string')
        add(k.openapi.path, 'openapi file', ['openapi', 'path']);
    readHelm(node, doc, walk);
    // Generator and transformer configs may run KRM functions (exec or containers): refuse those.
    for (const field of ['generators', 'transformers', 'validators']) {
        list(k[field]).forEach((ref, i) => {
            if (typeof ref !== 'string' || isInline(ref))
                return;
            const p = posix_default().join(at, ref);
            const line = doc.lineOf([field, i]);
            const text = REMOTE.test(ref) || walk.source.isDir(p) ? undefined : walk.source.read(p);
            if (text !== undefined && !/config\.kubernetes\.io\/function|^\s*(exec|container)\s*:/m.test(text)) {
                walk.files.add(p);
                walk.inputs.add(p);
            }
            else if (walk.source.isDir(p))
                walk.visit(p, { file: name, line });
            else
                walk.refusals.push({ message: `${name} runs ${field} "${ref}" as a KRM function or plugin`, file: name, line });
        });
    }
}
/** Helm charts are refused; their values files and chart home still belong to the kustomization. */
function readHelm(node, doc, walk) {
    const k = doc.value;
    if (k.helmCharts === undefined && k.helmChartInflationGenerator === undefined)
        return;
    const field = k.helmCharts !== undefined ? 'helmCharts' : 'helmChartInflationGenerator';
    walk.refusals.push({ message: `${node.file} inflates Helm charts`, file: node.file, line: doc.lineOf([field]) });
    for (const chart of Array.isArray(k.helmCharts) ? k.helmCharts : []) {
        if (!isRecord(chart))
            continue;
        const values = [
            chart.valuesFile,
            ...(Array.isArray(chart.additionalValuesFiles) ? chart.additionalValuesFiles : []),
        ];
        for (const v of values) {
            if (typeof v !== 'string' || REMOTE.test(v))
                continue;
            walk.files.add(posix_default().join(node.dir, v));
            walk.inputs.add(posix_default().join(node.dir, v));
        }
    }
    const home = isRecord(k.helmGlobals) && typeof k.helmGlobals.chartHome === 'string' ? k.helmGlobals.chartHome : 'charts';
    walk.dirs.add(posix_default().join(node.dir, home));
}
/** An inline patch or transformer config (YAML text) rather than a file name. */
function isInline(entry) {
    return entry.includes('\n') || /^\s*\w+\s*:/.test(entry);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(768);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/manifests/kustomization-tree.ts
// Every kustomization of a revision's tree, listed or not: which files belong to one (those are
// never read as plain manifests: a Component's policies or an unlisted overlay's patches are not
// objects of the cluster as written), and one warning per kustomization that nothing listed
// renders, so that it is not silently left out. Rendering is render-kustomizations' business.


/** `all` are the directories of the tree that hold a kustomization file, `listed` those asked
 * for; `source` reads the tree. */
function readKustomizationTree(all, listed, source) {
    const graphs = new Map();
    for (const dir of all)
        graphs.set(dir, readKustomizationGraph(dir, source));
    const files = new Set();
    const dirs = new Set();
    const usedByOthers = new Set();
    for (const [dir, graph] of graphs) {
        for (const f of graph.files)
            files.add(f);
        for (const d of graph.dirs)
            dirs.add(d);
        for (const reached of graph.kustomizations.keys())
            if (reached !== dir)
                usedByOthers.add(reached);
    }
    const reachedFromListed = new Set(listed.flatMap((d) => [...(graphs.get(posix_default().normalize(d))?.kustomizations.keys() ?? [])]));
    const diagnostics = [];
    for (const [dir, graph] of graphs) {
        const node = graph.kustomizations.get(dir);
        if (node === undefined || node.kind === 'Component' || reachedFromListed.has(dir) || usedByOthers.has(dir))
            continue;
        diagnostics.push({
            code: 'KUSTOMIZATION_NOT_LISTED',
            severity: 'warning',
            file: node.file,
            line: 0,
            message: `${dir} is a kustomization that no listed one uses, so what it renders was not evaluated (and its files were not read as plain manifests, which they are not)`,
            fix: `add ${dir} to --kustomize (the action's kustomize input) to evaluate it; nothing to do if it is not deployed`,
        });
    }
    const owns = (file) => files.has(file) || [...dirs].some((d) => file.startsWith(`${d}/`));
    return { owns, diagnostics };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/manifests/kustomize-render.ts
// Renders a kustomization with `kustomize build` (or `kubectl kustomize` when only kubectl is
// there), as safely as they allow: no Helm, no plugins or KRM functions, files only from inside
// the kustomization root, no network (remote bases are refused before rendering), and a time
// limit. Kustomize's own message is kept for the report.




const RENDER_TIMEOUT_MS = 60_000;
function works(command, args) {
    return new Promise((resolve) => (0,external_node_child_process_namespaceObject.execFile)(command, args, { timeout: 10_000 }, (error) => resolve(error === null)));
}
const KUSTOMIZE = { label: 'kustomize', command: 'kustomize', args: ['build'] };
const KUBECTL = { label: 'kubectl kustomize', command: 'kubectl', args: ['kustomize'] };
/** `kustomize` when it is on the PATH, else `kubectl kustomize`, else undefined; or the one asked for. */
async function findKustomize(prefer = 'auto') {
    if (prefer !== 'kubectl' && (await works('kustomize', ['version'])))
        return KUSTOMIZE;
    if (prefer !== 'kustomize' && (await works('kubectl', ['kustomize', '--help'])))
        return KUBECTL;
    return undefined;
}
/**
 * The rendered YAML stream, or Kustomize's error message. The overlay is built through a
 * kustomization of our own, in a temporary directory, that only adds `buildMetadata:
 * [originAnnotations, transformerAnnotations]`, so that every object says which file it came
 * from and which transformers ran over it, whatever the overlay asks for
 * (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/buildmetadata/). When
 * that fails (an older Kustomize), the overlay is built as it is, and its own message reported.
 */
async function renderKustomization(tool, dir, timeoutMs = RENDER_TIMEOUT_MS) {
    const overlay = await (0,promises_namespaceObject.realpath)(dir);
    const wrapper = await (0,promises_namespaceObject.realpath)(await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'netreach-kustomize-')));
    try {
        // Kustomize takes a base only by a relative path.
        const base = external_node_path_default().relative(wrapper, overlay).split((external_node_path_default()).sep).join('/');
        await (0,promises_namespaceObject.writeFile)(external_node_path_default().join(wrapper, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(base)}\nbuildMetadata: [originAnnotations, transformerAnnotations]\n`);
        const annotated = await kustomize_render_build(tool, wrapper, timeoutMs);
        if ('text' in annotated)
            return { text: annotated.text, originDir: wrapper };
        if (annotated.timedOut === true)
            return annotated;
    }
    finally {
        await (0,promises_namespaceObject.rm)(wrapper, { recursive: true, force: true });
    }
    const plain = await kustomize_render_build(tool, overlay, timeoutMs);
    return 'text' in plain ? { text: plain.text, originDir: overlay } : { error: plain.error };
}
function kustomize_render_build(tool, dir, timeoutMs) {
    const args = [...tool.args, dir, '--load-restrictor', 'LoadRestrictionsRootOnly'];
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)(tool.command, args, { timeout: timeoutMs, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
            if (error === null)
                resolve({ text: stdout });
            else if (error.killed)
                resolve({ error: `rendering took longer than ${timeoutMs / 1000} s and was stopped`, timedOut: true });
            else
                resolve({ error: kustomizeMessage(stderr || error.message) });
        });
    });
}
/** kubectl prints Kustomize's error through its logger (`E1122 14:53:45.165589 6725 run.go:72]
 * "command failed" err="…"`): keep the message, without the time and process id that would make
 * every report differ. */
function kustomizeMessage(stderr) {
    const lines = stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('# Warning'));
    const text = lines
        .map((l) => {
        const logged = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] "command failed" err="(.*)"$/.exec(l);
        return logged === null ? l : logged[1].replace(/\\"/g, '"');
    })
        .join('\n');
    return text.replace(/^Error: /, '') || 'kustomize failed';
}

;// CONCATENATED MODULE: ./src/manifests/kustomize-transformations.ts
// Reads the transformer annotation Kustomize writes with `buildMetadata:
// [transformerAnnotations]` (`alpha.config.kubernetes.io/transformations`, kustomize
// api/internal/utils/annotations.go) into the kustomization fields that configured each
// transformer, with their lines. It lists every transformer that ran over the object, also
// those that left it as it was: what they changed is for the reader of the selectors to tell.


const TRANSFORMATIONS = 'alpha.config.kubernetes.io/transformations';
/** The kustomization field that configures each builtin transformer (`configuredBy.kind`). */
const FIELDS = {
    // `commonLabels` always reaches selectors; `labels` only with includeSelectors.
    LabelTransformer: ['commonLabels', 'labels'],
    AnnotationsTransformer: ['commonAnnotations'],
    NamespaceTransformer: ['namespace'],
    PrefixTransformer: ['namePrefix'],
    SuffixTransformer: ['nameSuffix'],
    PrefixSuffixTransformer: ['namePrefix', 'nameSuffix'],
    PatchTransformer: ['patches'],
    PatchStrategicMergeTransformer: ['patchesStrategicMerge'],
    PatchJson6902Transformer: ['patchesJson6902'],
    ReplacementTransformer: ['replacements'],
    ImageTagTransformer: ['images'],
    ReplicaCountTransformer: ['replicas'],
};
/** The transformations an annotation lists, each field once; [] when there is none to read. */
function readTransformations(annotation, ctx) {
    if (typeof annotation !== 'string')
        return [];
    let entries;
    try {
        entries = load(annotation);
    }
    catch {
        return [];
    }
    const out = new Map();
    for (const entry of Array.isArray(entries) ? entries : []) {
        if (!isRecord(entry) || typeof entry.configuredIn !== 'string' || !isRecord(entry.configuredBy))
            continue;
        const file = ctx.resolve(entry.configuredIn);
        if (file === undefined)
            continue;
        const kind = typeof entry.configuredBy.kind === 'string' ? entry.configuredBy.kind : '';
        const t = locate(kind, file, ctx.kustomization(file));
        out.set(`${t.what}\u0000${t.file}`, t);
    }
    return [...out.values()];
}
/** The field of the kustomization that configures a transformer of this kind, at its line. */
function locate(kind, file, node) {
    const fields = ownValue(FIELDS, kind) ?? ['transformers'];
    const doc = node?.document;
    const value = isRecord(doc?.value) ? doc.value : {};
    // tsc's noUncheckedIndexedAccess needs the assertion; the rule does not apply it to a tuple-or-array union.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- see above
    const what = fields.find((f) => value[f] !== undefined) ?? fields[0];
    return { what, file, line: value[what] === undefined || doc === undefined ? 1 : doc.lineOf([what]) };
}

;// CONCATENATED MODULE: ./src/manifests/rendered-documents.ts
// Gives objects rendered by Kustomize their provenance, never line 0: the file and line the
// origin annotation (`config.kubernetes.io/origin`) leads to; for a generated object, the
// generator's entry in its kustomization; without an origin, an object of the same kind and
// name among the overlay's files, else the overlay's `resources` entry. Also which transformers
// ran over each object.




const ORIGIN = 'config.kubernetes.io/origin';
function attributeRendered(rendered, ctx) {
    return rendered.map((doc) => {
        const value = doc.value;
        const metadata = isRecord(value) && isRecord(value.metadata) ? value.metadata : {};
        const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
        const object = {
            kind: isRecord(value) ? value.kind : undefined,
            name: typeof metadata.name === 'string' ? metadata.name : '',
        };
        const origin = typeof annotations[ORIGIN] === 'string' ? safeLoad(annotations[ORIGIN]) : undefined;
        const source = fromOrigin(origin, object, ctx) ?? findSource(object, ctx.files, ctx) ?? entryOf(ctx.overlay, 'resources');
        const transformedBy = readTransformations(annotations[TRANSFORMATIONS], ctx);
        const patch = transformedBy.find((t) => PATCHES.has(t.what));
        // A node the source does not hold was added by a patch: cite the patch, not a line without it.
        const at = patch === undefined ? undefined : patchEntry(patch, object, ctx);
        const patchedAt = at === undefined || source.value === undefined
            ? undefined
            : (p) => (holds(source.value, p) ? undefined : at);
        return {
            ...source,
            value,
            ...(transformedBy.length === 0 ? {} : { transformedBy }),
            ...(patchedAt === undefined ? {} : { patchedAt }),
        };
    });
}
const PATCHES = new Set(['patches', 'patchesStrategicMerge', 'patchesJson6902']);
/**
 * The entry of the patch field that targets the object (by `target` kind and name, or by the
 * kind and name a patch file holds), when one alone does; else the field's line.
 */
function patchEntry(patch, object, ctx) {
    const node = ctx.kustomization(patch.file);
    const doc = node?.document;
    const entries = isRecord(doc?.value) ? doc.value[patch.what] : undefined;
    if (node === undefined || doc === undefined || !Array.isArray(entries))
        return { file: patch.file, line: patch.line };
    const names = (kind, name) => (kind === undefined || kind === object.kind) && (typeof name !== 'string' || object.name.includes(name));
    const targets = entries.map((entry) => {
        if (isRecord(entry) && isRecord(entry.target))
            return names(entry.target.kind, entry.target.name);
        const file = typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.path === 'string' ? entry.path : undefined;
        const text = file === undefined ? (isRecord(entry) && typeof entry.patch === 'string' ? entry.patch : undefined) : undefined;
        const patchDoc = file !== undefined
            ? ctx.sourceDocuments(posix_default().join(node.dir, file))?.[0]?.value
            : text !== undefined
                ? safeLoad(text)
                : undefined;
        const meta = isRecord(patchDoc) && isRecord(patchDoc.metadata) ? patchDoc.metadata : undefined;
        return meta === undefined ? true : names(isRecord(patchDoc) ? patchDoc.kind : undefined, meta.name);
    });
    const only = targets.filter(Boolean).length === 1 ? targets.indexOf(true) : -1;
    return { file: patch.file, line: only < 0 ? patch.line : doc.lineOf([patch.what, only]) };
}
/** Whether `value` has a node at `path`. */
function holds(value, path) {
    let node = value;
    for (const step of path) {
        if (typeof step === 'number'
            ? !Array.isArray(node) || step >= node.length
            : !isRecord(node) || !Object.hasOwn(node, step))
            return false;
        node = node[step];
    }
    return true;
}
/** Where the origin annotation leads: a file of the repository, or a generator's entry. */
function fromOrigin(origin, object, ctx) {
    if (!isRecord(origin) || origin.repo !== undefined)
        return undefined;
    if (typeof origin.path === 'string' && !/^[a-z]+:\/\//.test(origin.path)) {
        const file = ctx.resolve(origin.path);
        if (file === undefined)
            return undefined;
        return findSource(object, [file], ctx) ?? { file, line: 1, lineOf: () => 1 };
    }
    // A generated object: `configuredIn` the kustomization, `configuredBy` the generator.
    if (typeof origin.configuredIn === 'string' && isRecord(origin.configuredBy)) {
        const file = ctx.resolve(origin.configuredIn);
        const node = file === undefined ? undefined : ctx.kustomization(file);
        if (node === undefined)
            return undefined;
        const field = ownValue(GENERATORS, String(origin.configuredBy.kind)) ?? 'generators';
        return entryOf(node, field, object.name);
    }
    return undefined;
}
const GENERATORS = {
    ConfigMapGenerator: 'configMapGenerator',
    SecretGenerator: 'secretGenerator',
    HelmChartInflationGenerator: 'helmCharts',
};
/** The source object: same kind, and a name the rendered one contains (namePrefix/-Suffix). */
function findSource(object, files, ctx) {
    const nameOf = (d) => isRecord(d.value) && isRecord(d.value.metadata) && typeof d.value.metadata.name === 'string'
        ? d.value.metadata.name
        : undefined;
    let contained;
    for (const file of files) {
        if (!/\.(ya?ml|json)$/.test(file) || posix_default().basename(file).startsWith('kustomization.'))
            continue;
        const candidates = (ctx.sourceDocuments(file) ?? []).filter((d) => isRecord(d.value) && d.value.kind === object.kind);
        const exact = candidates.find((d) => nameOf(d) === object.name);
        if (exact !== undefined)
            return located(exact);
        contained ??= candidates.find((d) => object.name.includes(nameOf(d) ?? '\u0000'));
    }
    return contained === undefined ? undefined : located(contained);
}
function located(d) {
    return { file: d.file, line: d.line, lineOf: d.lineOf, value: d.value };
}
/** A kustomization's entry in `field` (the one whose name the object's contains, for a list of
 * generators), else the field, else the file's first line. */
function entryOf(node, field, name) {
    const doc = node.document;
    const value = isRecord(doc?.value) ? doc.value[field] : undefined;
    let at = { file: node.file, line: 1 };
    if (doc !== undefined && value !== undefined) {
        const index = Array.isArray(value) && name !== undefined
            ? value.findIndex((g) => isRecord(g) && typeof g.name === 'string' && name.includes(g.name))
            : -1;
        at = { file: node.file, line: doc.lineOf(index >= 0 ? [field, index] : [field]) };
    }
    return { ...at, lineOf: () => at.line };
}
function safeLoad(text) {
    try {
        return load(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/manifests/render-kustomizations.ts
// Renders the kustomizations of one revision checked out in a directory, and returns the
// rendered objects with their provenance, the files the listed overlays depend on (a change to
// them counts), which files belong to any kustomization of the tree (never read as plain
// manifests), and every problem met, each at the line of the kustomization entry at fault.








const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/** A read-only view of `root` that never leaves it (symlinks out of it read as missing). */
function diskSource(root) {
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    const inside = (p) => {
        try {
            const real = (0,external_node_fs_namespaceObject.realpathSync)(external_node_path_default().join(root, p));
            return real === realRoot || real.startsWith(realRoot + (external_node_path_default()).sep) ? real : undefined;
        }
        catch {
            return undefined;
        }
    };
    const texts = new Map();
    return {
        read(file) {
            if (texts.has(file))
                return texts.get(file);
            const real = inside(file);
            const info = real === undefined ? undefined : (0,external_node_fs_namespaceObject.statSync)(real);
            const text = real !== undefined && info?.isFile() === true && info.size <= MAX_FILE_BYTES
                ? (0,external_node_fs_namespaceObject.readFileSync)(real, 'utf8')
                : undefined;
            texts.set(file, text);
            return text;
        },
        isDir(p) {
            const real = inside(p);
            return real !== undefined && (0,external_node_fs_namespaceObject.statSync)(real).isDirectory();
        },
    };
}
/** Directories under `root` (relative, `/`-separated, `.` for the root) holding a kustomization file. */
function findKustomizationDirs(root) {
    const found = [];
    const walk = (dir) => {
        const entries = (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(root, dir), { withFileTypes: true });
        for (const entry of entries) {
            if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules')
                walk(external_node_path_default().join(dir, entry.name));
        }
        if (entries.some((e) => e.isFile() && KUSTOMIZATION_NAMES.includes(e.name)))
            found.push(toPosix(dir) || '.');
    };
    walk('');
    return found.sort();
}
/**
 * The kustomization directories under `root` that the patterns name (globs allowed). A glob
 * leaves out Components, which render only through a kustomization that lists them; a pattern
 * without glob characters is kept as it is (whether it exists is checked per revision).
 */
function expandKustomizations(root, patterns) {
    const source = diskSource(root);
    const found = findKustomizationDirs(root).filter((d) => readKustomizationNode(d, source)?.kind !== 'Component');
    const out = new Set();
    for (const pattern of patterns) {
        const clean = toPosix(external_node_path_default().normalize(pattern)).replace(/\/$/, '');
        if (!/[*?[\]{}]/.test(clean))
            out.add(clean);
        else {
            const matches = picomatch_default()(clean, { dot: true });
            for (const d of found)
                if (matches(d))
                    out.add(d);
        }
    }
    return [...out].sort();
}
/**
 * Renders the kustomizations `dirs` (relative to `root`) with `tool`. `read` are the files read
 * from the revision (relative to `root`): an unlisted kustomization gets its warning only when
 * its file is among them (all when absent).
 */
async function renderKustomizations(root, dirs, parse, tool, read) {
    const source = diskSource(root);
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    const tree = readKustomizationTree(findKustomizationDirs(root), dirs, source);
    const documents = [];
    // An unlisted kustomization outside the paths read is none of the user's business here.
    const inRead = read === undefined ? () => true : (file) => read.includes(file);
    const diagnostics = tree.diagnostics.filter((d) => inRead(d.file));
    const dependencies = new Set();
    const byKustomization = new Map();
    const sources = new Map();
    const sourceDocuments = (file) => {
        if (!sources.has(file)) {
            const text = source.read(file);
            sources.set(file, text === undefined ? undefined : parse({ path: file, text }).documents);
        }
        return sources.get(file);
    };
    const kustomization = (file) => KUSTOMIZATION_NAMES.includes(external_node_path_default().posix.basename(file))
        ? readKustomizationNode(external_node_path_default().posix.dirname(file), source)
        : undefined;
    for (const dir of dirs) {
        const overlay = readKustomizationNode(dir, source);
        // Not in this revision: a cluster part added or removed, which the shells report.
        if (overlay === undefined)
            continue;
        const problem = (code, line, message, fix) => diagnostics.push({
            code,
            severity: 'error',
            file: overlay.file,
            line,
            message: `kustomization ${dir}: ${message}`,
            fix,
        });
        // A Component named on its own renders like any kustomization (kubectl kustomize does); if the
        // tool refuses it, that is a KUSTOMIZE_FAILED error below, never a silent drop.
        byKustomization.set(dir, []);
        const graph = readKustomizationGraph(dir, source);
        for (const f of graph.files)
            dependencies.add(f);
        const [firstProblem] = graph.problems;
        if (firstProblem !== undefined) {
            problem('KUSTOMIZE_FAILED', lineIn(overlay, firstProblem), `${graph.problems.map((p) => p.message).join('; ')}; it was not rendered`, 'fix the kustomization (kubectl kustomize DIR shows the same problem)');
            continue;
        }
        const [firstRefusal] = graph.refusals;
        if (firstRefusal !== undefined) {
            problem('KUSTOMIZE_REFUSED', lineIn(overlay, firstRefusal), `${graph.refusals.map((r) => r.message).join('; ')}; netreach renders without network, Helm or plugins, so it was not rendered`, 'render it in an earlier step (with what it needs) and compare the output with source: dirs (or netreach diff BASE_DIR HEAD_DIR)');
            continue;
        }
        if (tool === undefined) {
            problem('KUSTOMIZE_UNAVAILABLE', 1, 'neither kustomize nor kubectl is installed, so it was not rendered', 'install kustomize or kubectl (GitHub-hosted runners have both)');
            continue;
        }
        const result = await renderKustomization(tool, external_node_path_default().join(root, dir));
        if ('error' in result) {
            problem('KUSTOMIZE_FAILED', errorLine(overlay, result.error), `${tool.label} failed: ${result.error}`, 'fix the kustomization (the message is Kustomize’s own)');
            continue;
        }
        const resolve = (annotated) => {
            const relative = external_node_path_default().relative(realRoot, external_node_path_default().resolve(result.originDir, annotated));
            return relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? undefined : toPosix(relative);
        };
        const parsed = parse({ path: overlay.file, text: result.text });
        const attributed = attributeRendered(parsed.documents, {
            overlay,
            resolve,
            sourceDocuments,
            kustomization,
            files: graph.files,
        });
        for (const item of atSources(parsed.diagnostics, parsed.documents, attributed))
            diagnostics.push(item);
        byKustomization.set(dir, attributed);
        for (const item of attributed)
            documents.push(item);
    }
    return { documents, diagnostics, dependencies, owns: tree.owns, byKustomization };
}
/** The line of a graph issue when it is in the overlay's own kustomization, else the first line. */
function lineIn(overlay, issue) {
    return issue.file === overlay.file ? issue.line : 1;
}
/** The line of the overlay's entry that Kustomize's message quotes (`'missing.yaml'`), else 1. */
function errorLine(overlay, error) {
    const doc = overlay.document;
    if (doc === undefined || typeof doc.value !== 'object' || doc.value === null)
        return 1;
    const quoted = [...error.matchAll(/'([^'\s]+)'/g)].map((m) => m[1]);
    for (const [field, value] of Object.entries(doc.value)) {
        if (!Array.isArray(value))
            continue;
        const index = value.findIndex((v) => typeof v === 'string' && quoted.some((q) => q === v || q.endsWith(`/${v.replace(/^\.\//, '')}`)));
        if (index >= 0)
            return doc.lineOf([field, index]);
    }
    return 1;
}
/** Problems Kustomize's output has (lines of the rendered stream), at the source of the object
 * they are in instead. */
function atSources(found, rendered, attributed) {
    return found.map((d) => {
        let index = -1;
        rendered.forEach((doc, i) => {
            if (doc.line <= d.line)
                index = i;
        });
        const at = attributed[index] ?? attributed[0];
        return at === undefined ? { ...d, line: Math.max(d.line, 1) } : { ...d, file: at.file, line: at.line };
    });
}
/**
 * Kustomizations among plain manifests (no --kustomize): their resources are read as they are,
 * with a warning suggesting rendering, but the files they read as patches, generator inputs or
 * configuration are left out: a patch is a partial object, never one of the cluster. For a
 * Component the fix names the kustomizations that list it under components (a Component is not
 * meant to be deployed on its own).
 */
function readPlainKustomizations(files, hint) {
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const folders = new Set(files.flatMap((f) => f.path
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    const source = { read: (f) => texts.get(f), isDir: (p) => p === '.' || folders.has(p) };
    const dirs = files
        .filter((f) => KUSTOMIZATION_NAMES.includes(external_node_path_default().posix.basename(f.path)))
        .map((f) => external_node_path_default().posix.dirname(f.path));
    if (dirs.length === 0)
        return { files, diagnostics: [] };
    const nodes = new Map(dirs.map((d) => [d, readKustomizationNode(d, source)]));
    const graphs = new Map(dirs.map((d) => [d, readKustomizationGraph(d, source)]));
    const reaches = (d) => [...(graphs.get(d)?.kustomizations.keys() ?? [])].filter((k) => k !== d);
    const usedBy = (dir) => dirs.filter((d) => d !== dir && nodes.get(d)?.kind !== 'Component' && reaches(d).includes(dir));
    const inputs = new Set();
    const plain = new Set();
    const diagnostics = dirs.map((dir) => {
        const file = nodes.get(dir)?.file ?? external_node_path_default().posix.join(dir, 'kustomization.yaml');
        // Only its own inputs (a base's are named at the base).
        const own = [...(graphs.get(dir)?.inputs ?? [])].filter((f) => texts.has(f) && !reaches(dir).some((k) => graphs.get(k)?.inputs.has(f)));
        for (const f of own)
            inputs.add(f);
        const left = own.length === 0
            ? ''
            : `; the files it reads as patches or generator inputs (${own.join(', ')}) were not read as objects, which they are not`;
        if (nodes.get(dir)?.kind !== 'Component') {
            const d = {
                code: 'KUSTOMIZE_SUGGESTED',
                severity: 'warning',
                file,
                line: 0,
                message: `${dir} is a Kustomize overlay: its files were read as they are, not as the cluster receives them (namespace, namePrefix and commonLabels change selectors)${left}`,
                fix: `${hint} ${dir}`,
            };
            if (own.length === 0)
                plain.add(d);
            return d;
        }
        const users = usedBy(dir);
        // The top users: those no other user reaches.
        const top = users.filter((u) => !users.some((o) => o !== u && reaches(o).includes(u)));
        const d = {
            code: 'KUSTOMIZE_SUGGESTED',
            severity: 'warning',
            file,
            line: 0,
            message: `${dir} is a Kustomize Component: its files were read as they are, not as the kustomizations that list it under components render them${left}`,
            fix: top.length > 0
                ? `${hint} ${top[0]}${top.length > 1 ? ` (or ${top.slice(1).join(', ')})` : ''}, which lists ${dir} under components`
                : `${hint} the kustomization that lists ${dir} under components`,
        };
        if (own.length === 0)
            plain.add(d);
        return d;
    });
    return {
        files: files.filter((f) => !inputs.has(f.path)),
        diagnostics: foldSuggestions(diagnostics, plain, dirs, reaches, hint),
    };
}
/** Past a few, suggestions that say nothing but "render it" are one warning for all, naming the
 * kustomizations no other one reaches; those that left files out keep their own. */
const MAX_SUGGESTIONS = 3;
function foldSuggestions(diagnostics, plainSet, dirs, reaches, hint) {
    const plain = diagnostics.filter((d) => plainSet.has(d));
    if (plain.length <= MAX_SUGGESTIONS)
        return [...diagnostics];
    const plainDirs = dirs.filter((_, i) => plainSet.has(diagnostics[i]));
    // Components are never suggested: only kustomizations that no other one uses.
    const top = plainDirs.filter((d) => diagnostics[dirs.indexOf(d)].fix === `${hint} ${d}` &&
        !dirs.some((o) => o !== d && reaches(o).includes(d)));
    const names = plainDirs.slice(0, 5).join(', ') + (plainDirs.length > 5 ? ` and ${plainDirs.length - 5} more` : '');
    const folded = {
        ...plain[0],
        message: `${plain.length} kustomizations (${names}) were read as plain files, not as the cluster receives them rendered (namespace, namePrefix and commonLabels change selectors)`,
        fix: `${hint} ${top.slice(0, 3).join(', ')}${top.length > 3 ? ` (and ${top.length - 3} more that no other kustomization uses)` : ''}`,
    };
    return [folded, ...diagnostics.filter((d) => !plain.includes(d))];
}

;// CONCATENATED MODULE: ./src/manifests/kustomization-matches.ts
// Whether each kustomization pattern (a directory, globs allowed) names at least one directory
// of a revision that holds a kustomization file: a pattern that names none in either revision
// is the user's mistake, which the shells report (issue 9), not an empty cluster.



/** `root` is the revision on disk; the result has one entry per pattern, in order. */
function matchKustomizations(root, patterns) {
    if (patterns.length === 0)
        return [];
    const source = diskSource(root);
    const holdsKustomization = (dir) => KUSTOMIZATION_NAMES.some((name) => source.read(external_node_path_default().posix.join(dir, name)) !== undefined);
    return patterns.map((pattern) => expandKustomizations(root, [pattern]).some(holdsKustomization));
}

;// CONCATENATED MODULE: ./src/policies/repository-config.ts









const PEER_SHAPE = {
    podSelector: META_SHAPES.labelSelector,
    namespaceSelector: META_SHAPES.labelSelector,
    ipBlock: leaves('cidr except'),
};
const PORT_SHAPE = leaves('protocol port endPort');
/** `from` and `to` are one peer or a list of them, checked apart. */
const CONFIG_SHAPE = {
    version: 'any',
    assertions: [{ ...leaves('name from to expect'), ports: [PORT_SHAPE] }],
};
class ConfigError extends Error {
    code;
    path;
    fix;
    constructor(code, path, message, fix) {
        super(message);
        this.code = code;
        this.path = path;
        this.fix = fix;
    }
}
function readRepositoryConfig(file) {
    const parsed = createDocumentParser({ keepPositions: () => true })(file);
    const diagnostics = parsed.diagnostics.filter((d) => d.severity === 'error');
    const documents = parsed.documents.filter((d) => d.value !== null && d.value !== undefined);
    const [doc] = documents;
    const error = (e) => ({
        code: e.code,
        severity: 'error',
        file: file.path,
        line: doc?.lineOf(e.path) ?? 1,
        message: e.message,
        fix: e.fix,
    });
    if (doc === undefined) {
        if (diagnostics.length === 0)
            diagnostics.push(error(new ConfigError('INVALID_FIELD', [], 'the config is empty', 'write version: 1 and a list of assertions')));
        return { file: file.path, assertions: [], diagnostics };
    }
    if (documents.length > 1)
        diagnostics.push({
            ...error(new ConfigError('INVALID_FIELD', [], 'the config has more than one YAML document; only the first is read', 'keep one document (remove the --- lines)')),
            line: documents[1]?.line ?? 1,
        });
    const root = doc.value;
    if (!isRecord(root))
        return {
            file: file.path,
            assertions: [],
            diagnostics: [
                ...diagnostics,
                error(new ConfigError('INVALID_FIELD', [], 'the config must be a mapping', 'write version: 1 and assertions: [...]')),
            ],
        };
    for (const field of findUnknownFields(root, CONFIG_SHAPE))
        diagnostics.push(error(unknownField(field.path, field.known)));
    if (root.version !== 1)
        diagnostics.push(error(new ConfigError('INVALID_FIELD', ['version'], `version is ${JSON.stringify(root.version ?? null)}`, 'write version: 1')));
    const list = root.assertions ?? [];
    if (!Array.isArray(list))
        return {
            file: file.path,
            assertions: [],
            diagnostics: [
                ...diagnostics,
                error(new ConfigError('INVALID_FIELD', ['assertions'], 'assertions must be a list', 'write assertions as a list of {name, from, to, ports, expect}')),
            ],
        };
    const assertions = [];
    const names = new Map();
    list.forEach((raw, i) => {
        const at = ['assertions', i];
        try {
            const assertion = readAssertion(raw, at, file.path, doc.lineOf(at));
            const first = names.get(assertion.name);
            if (first !== undefined)
                throw new ConfigError('DUPLICATE_NAME', [...at, 'name'], `assertions[${i}].name "${assertion.name}" is also the name of assertions[${first}]`, 'give every assertion its own name: reports and status checks refer to it by name');
            names.set(assertion.name, i);
            // Unknown fields inside were reported above; the assertion is not half-read.
            if (findUnknownFields(raw, CONFIG_SHAPE.assertions[0]).length > 0)
                return;
            assertions.push(assertion);
        }
        catch (e) {
            if (!(e instanceof ConfigError))
                throw e;
            diagnostics.push(error(e));
        }
    });
    return { file: file.path, assertions, diagnostics };
}
function unknownField(path, known) {
    const name = String(path[path.length - 1]);
    const meant = nearestName(name, known);
    return new ConfigError('UNKNOWN_FIELD', path, `unknown field ${repository_config_pathText(path)}`, meant === undefined
        ? `remove or rename it; the fields allowed here are ${known.join(', ')}`
        : `did you mean ${meant}?`);
}
function repository_config_pathText(path) {
    return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}
function readAssertion(raw, at, file, line) {
    const where = repository_config_pathText(at);
    if (!isRecord(raw))
        throw new ConfigError('INVALID_FIELD', at, `${where} must be a mapping`, 'write {name, from, to, ports, expect}');
    const { name, expect } = raw;
    if (typeof name !== 'string' || name.trim() === '')
        throw new ConfigError('INVALID_FIELD', [...at, 'name'], `${where}.name is missing or not a string`, 'give the assertion a name, e.g. name: payments is closed to other namespaces');
    if (expect !== 'allow' && expect !== 'deny')
        throw new ConfigError('INVALID_FIELD', [...at, 'expect'], `${where}.expect is ${JSON.stringify(expect ?? null)}`, 'write expect: allow or expect: deny');
    const from = repository_config_readPeers(raw.from, [...at, 'from']);
    const to = repository_config_readPeers(raw.to, [...at, 'to']);
    let ports = 'all';
    if (raw.ports !== undefined && raw.ports !== null) {
        if (!Array.isArray(raw.ports))
            throw new ConfigError('INVALID_FIELD', [...at, 'ports'], `${where}.ports must be a list`, 'write ports: [{protocol: TCP, port: 443}]');
        if (raw.ports.length > 0)
            ports = raw.ports.map((p, i) => repository_config_readPort(p, [...at, 'ports', i]));
    }
    return { name, from, to, ports, expect, file, line };
}
function repository_config_readPeers(raw, at) {
    if (raw === undefined || raw === null)
        throw new ConfigError('INVALID_PEER', at, `${repository_config_pathText(at)} is missing`, `write ${String(at[at.length - 1])} as a peer, e.g. {namespaceSelector: {}} for every pod`);
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.length === 0)
        throw new ConfigError('INVALID_PEER', at, `${repository_config_pathText(at)} is an empty list`, 'list at least one peer; {namespaceSelector: {}} is every pod');
    return list.map((peer, i) => repository_config_readPeer(peer, Array.isArray(raw) ? [...at, i] : at));
}
function repository_config_readPeer(raw, at) {
    if (!isRecord(raw))
        throw new ConfigError('INVALID_PEER', at, `${repository_config_pathText(at)} must be a mapping`, 'use podSelector, namespaceSelector or ipBlock');
    const unknown = findUnknownFields(raw, PEER_SHAPE)[0];
    if (unknown !== undefined)
        throw unknownField([...at, ...unknown.path], unknown.known);
    const has = (k) => raw[k] !== undefined && raw[k] !== null;
    if (has('ipBlock') && (has('podSelector') || has('namespaceSelector')))
        throw new ConfigError('INVALID_PEER', at, `${repository_config_pathText(at)} has an ipBlock together with a selector`, 'put the ipBlock in a peer of its own (a list item)');
    if (!has('ipBlock') && !has('podSelector') && !has('namespaceSelector'))
        throw new ConfigError('INVALID_PEER', at, `${repository_config_pathText(at)} has none of podSelector, namespaceSelector and ipBlock`, 'for every pod, write {namespaceSelector: {}}');
    if (has('ipBlock'))
        return repository_config_readIpBlock(raw.ipBlock, [...at, 'ipBlock']);
    const selector = (key) => {
        const s = readLabelSelector(raw[key]);
        if (typeof s === 'string')
            throw new ConfigError('INVALID_SELECTOR', [...at, key], `${repository_config_pathText([...at, key])}: ${s}`, 'fix the selector');
        return s;
    };
    return {
        kind: 'pods',
        namespaces: has('namespaceSelector') ? selector('namespaceSelector') : undefined,
        pods: selector('podSelector'),
    };
}
function repository_config_readIpBlock(raw, at) {
    if (!isRecord(raw) || typeof raw.cidr !== 'string')
        throw new ConfigError('INVALID_CIDR', at, `${repository_config_pathText(at)} needs a cidr`, 'write ipBlock: {cidr: 0.0.0.0/0}');
    const cidr = parseCidr(raw.cidr);
    if (cidr === undefined)
        throw new ConfigError('INVALID_CIDR', [...at, 'cidr'], `${repository_config_pathText(at)}.cidr "${raw.cidr}" is not a valid CIDR`, 'write an address and a prefix length: 0–32 for IPv4, 0–128 for IPv6');
    const rawExcept = raw.except ?? [];
    if (!Array.isArray(rawExcept))
        throw new ConfigError('INVALID_CIDR', [...at, 'except'], `${repository_config_pathText(at)}.except must be a list of CIDRs`, 'write except as a list');
    const excepts = [];
    const texts = [];
    rawExcept.forEach((text, i) => {
        const except = typeof text === 'string' ? parseCidr(text) : undefined;
        const inside = except !== undefined &&
            except.range.family === cidr.range.family &&
            except.range.first >= cidr.range.first &&
            except.range.last <= cidr.range.last;
        if (except === undefined || !inside)
            throw new ConfigError('INVALID_CIDR', [...at, 'except', i], `${repository_config_pathText(at)}.except "${String(text)}" is not a CIDR inside ${cidr.canonical}`, 'list only ranges inside the cidr in except');
        excepts.push(except.range);
        texts.push(except.canonical);
    });
    return {
        kind: 'ipBlock',
        ips: subtractIpSets([cidr.range], excepts),
        text: texts.length === 0 ? cidr.canonical : `${cidr.canonical} except ${texts.join(', ')}`,
    };
}
const repository_config_IANA_SVC_NAME = /^(?=.*[a-z])(?!.*--)[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;
function repository_config_readPort(raw, at) {
    const where = repository_config_pathText(at);
    if (!isRecord(raw))
        throw new ConfigError('INVALID_PORT', at, `${where} must be a mapping`, 'write {protocol: TCP, port: 443}');
    const protocol = raw.protocol ?? 'TCP';
    if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP')
        throw new ConfigError('INVALID_PORT', [...at, 'protocol'], `${where}.protocol ${JSON.stringify(protocol)} is not TCP, UDP or SCTP`, 'use TCP, UDP or SCTP (upper case)');
    const { port, endPort } = raw;
    const isPort = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535;
    if (port === undefined || port === null) {
        if (endPort !== undefined)
            throw new ConfigError('INVALID_PORT', [...at, 'endPort'], `${where}.endPort is set without port`, 'set port to the first port of the range');
        return { kind: 'range', protocol, first: 1, last: 65535 };
    }
    if (typeof port === 'string') {
        if (!repository_config_IANA_SVC_NAME.test(port) || endPort !== undefined)
            throw new ConfigError('INVALID_PORT', [...at, 'port'], `${where}.port "${port}" is not a valid port name (or has an endPort)`, 'use a number from 1 to 65535 or a container port name, without endPort');
        return { kind: 'named', protocol, name: port };
    }
    if (!isPort(port))
        throw new ConfigError('INVALID_PORT', [...at, 'port'], `${where}.port ${JSON.stringify(port)} is outside 1–65535`, 'use a port from 1 to 65535');
    if (endPort === undefined || endPort === null)
        return { kind: 'range', protocol, first: port, last: port };
    if (!isPort(endPort) || endPort < port)
        throw new ConfigError('INVALID_PORT', [...at, 'endPort'], `${where}.endPort ${JSON.stringify(endPort)} must be a port from ${port} to 65535`, 'set endPort to the last port of the range');
    return { kind: 'range', protocol, first: port, last: endPort };
}

;// CONCATENATED MODULE: ./src/report/fail-on.ts
/** What a list may hold: `never` (alone), the conditions, and `error`, the first name of
 * `incomplete`, kept for existing workflows. */
const FAIL_ON_VALUES = ['never', 'opened', 'any-change', 'incomplete', 'violated', 'finding', 'error'];
/**
 * Reads a list such as `opened, incomplete` (items split on commas and lines, blanks ignored).
 * Returns the conditions (none for `never` or an empty list), or what is wrong with the list.
 */
function parseFailOn(items) {
    const words = items
        .flatMap((item) => item.split(/[\n,]/))
        .map((w) => w.trim())
        .filter((w) => w !== '');
    const conditions = new Set();
    for (const word of words) {
        if (!FAIL_ON_VALUES.includes(word))
            return { problem: `"${word}" is not one of ${FAIL_ON_VALUES.join(', ')}` };
        if (word === 'never')
            continue;
        conditions.add(word === 'error' ? 'incomplete' : word);
    }
    if (words.includes('never') && conditions.size > 0)
        return { problem: `"never" cannot be listed with ${[...conditions].join(', ')}` };
    return { conditions: [...conditions] };
}
/** The conditions in force: those listed, or with no `fail-on` given and a config that has
 * assertions, `violated` (a new violation fails the check). */
function effectiveFailOn(listed, hasAssertions) {
    if (listed !== undefined)
        return listed;
    return hasAssertions ? ['violated'] : [];
}
/** The reasons to fail, one per listed condition the report meets (none: the run passes). */
function failureReasons(conditions, s) {
    const reasons = [];
    // A lifted L7 or DNS restriction allows more requests: it counts as opened. So does exposure
    // that opened towards peers a cluster can get (a namespace labelled as a selector admits),
    // said on its own when no path between the manifests' workloads opened.
    const opened = s.opened + (s.loosened ?? 0);
    const closed = s.closed + (s.restricted ?? 0) - (s.loosened ?? 0);
    const exposed = s.exposureOpened ?? 0;
    const exposure = `exposure opened towards ${exposed} ${exposed === 1 ? 'peer' : 'peers'} beyond the manifests' workloads`;
    if (conditions.includes('opened') && opened > 0)
        reasons.push(`${opened} ${opened === 1 ? 'path was' : 'paths were'} opened`);
    else if (conditions.includes('opened') && exposed > 0)
        reasons.push(exposure);
    if (conditions.includes('any-change') && opened + closed > 0 && !(conditions.includes('opened') && closed === 0)) {
        reasons.push(`${opened} ${opened === 1 ? 'path' : 'paths'} opened and ${closed} closed`);
    }
    else if (conditions.includes('any-change') &&
        opened + closed === 0 &&
        exposed + (s.exposureClosed ?? 0) > 0 &&
        !conditions.includes('opened')) {
        reasons.push(`exposure changed towards peers beyond the manifests' workloads (${exposed} opened, ${s.exposureClosed ?? 0} closed)`);
    }
    if (conditions.includes('incomplete') && s.incomplete) {
        const files = s.unreadableFiles === 1 ? '1 manifest file' : `${s.unreadableFiles} manifest files`;
        reasons.push(`${files} could not be read or ${s.unreadableFiles === 1 ? 'was' : 'were'} rejected, so the verdict is incomplete`);
    }
    if (conditions.includes('violated') && (s.violations ?? 0) > 0)
        reasons.push(`${s.violations} ${s.violations === 1 ? 'assertion is' : 'assertions are'} ${s.oneRevision === true ? '' : 'newly '}violated`);
    if (conditions.includes('finding') && (s.newFindings ?? 0) > 0)
        reasons.push(`${s.newFindings} ${s.oneRevision === true ? '' : 'new '}${s.newFindings === 1 ? 'finding' : 'findings'}`);
    return reasons;
}
/** A config with errors fails the run whatever `fail-on` says: a guardrail that silently does
 * nothing is worse than none. */
function configFailure(s) {
    const n = s.configErrors ?? 0;
    return n === 0
        ? undefined
        : `the repository config has ${n} ${n === 1 ? 'error' : 'errors'}, so its assertions were not all checked`;
}

;// CONCATENATED MODULE: ./src/report/pretty-json.ts
// One JSON value written as `JSON.stringify(value, null, 2)` writes it, at a given indentation,
// except that an array of only integers or of only plain strings (port ranges, address pairs,
// workload ids) stays on one line: `[1, 65535]`. Written out by hand because it runs once per
// connection of a report, millions of times, and is about 2.5 times as fast as stringifying and
// then rewriting the text (which could also rewrite a string that happened to hold `[ 1, 2 ]`).
/** Whether an array item keeps its array on one line: an integer written without exponent, or a
 * string with no quote to escape. */
function isShort(item) {
    return ((typeof item === 'string' && !item.includes('"')) || (Number.isInteger(item) && Math.abs(item) < 1e21));
}
function allShort(items) {
    for (const item of items)
        if (!isShort(item))
            return false; // holes too, unlike every()
    return true;
}
/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function isOmitted(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
/** `indent` is the indentation of the line the value starts on. */
function prettyJson(value, indent) {
    if (typeof value !== 'object' || value === null)
        return JSON.stringify(value) ?? 'null';
    const withToJson = value;
    if (typeof withToJson.toJSON === 'function')
        return prettyJson(withToJson.toJSON(), indent);
    const inner = `${indent}  `;
    let out = '';
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        if (allShort(value)) {
            for (const item of value)
                out += `${out === '' ? '' : ', '}${JSON.stringify(item)}`;
            return `[${out}]`;
        }
        for (const item of value)
            out += `${out === '' ? '\n' : ',\n'}${inner}${isOmitted(item) ? 'null' : prettyJson(item, inner)}`;
        return `[${out}\n${indent}]`;
    }
    for (const key of Object.keys(value)) {
        const field = value[key];
        if (isOmitted(field))
            continue;
        out += `${out === '' ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${prettyJson(field, inner)}`;
    }
    return out === '' ? '{}' : `{${out}\n${indent}}`;
}

;// CONCATENATED MODULE: ./src/report/reach-statements.ts
function groupConnections(connections) {
    const keys = new WeakMap();
    const keyOf = (value) => {
        if (value === undefined)
            return '';
        let key = keys.get(value);
        if (key === undefined)
            keys.set(value, (key = JSON.stringify(value)));
        return key;
    };
    // Per destination and verdict: the sources.
    const byDst = new Map();
    for (const c of connections) {
        const key = `${c.dst}\u0000${keyOf(c.allowed)}\u0000${keyOf(c.uncertain)}\u0000${keyOf(c.restrictedBy)}`;
        const entry = byDst.get(key);
        if (entry === undefined)
            byDst.set(key, { c, srcs: [c.src] });
        else
            entry.srcs.push(c.src);
    }
    // Destinations with the same verdict from the same sources.
    const byRow = new Map();
    for (const { c, srcs } of byDst.values()) {
        const key = `${keyOf(c.allowed)}\u0000${keyOf(c.uncertain)}\u0000${keyOf(c.restrictedBy)}\u0000${srcs.join('\u0001')}`;
        const entry = byRow.get(key);
        if (entry === undefined)
            byRow.set(key, { c, srcs, dsts: [c.dst] });
        else
            entry.dsts.push(c.dst);
    }
    const out = [...byRow.values()].map(({ c, srcs, dsts }) => ({
        srcs,
        dsts,
        allowed: c.allowed,
        ...(c.uncertain === undefined ? {} : { uncertain: c.uncertain }),
        ...(c.restrictedBy === undefined ? {} : { restrictedBy: c.restrictedBy }),
    }));
    // Largest first; ties in the order of the connections.
    return out.sort((a, b) => b.srcs.length * b.dsts.length - a.srcs.length * a.dsts.length);
}

;// CONCATENATED MODULE: ./src/report/endpoint-text.ts



function endpointText(endpoint) {
    switch (endpoint.type) {
        case 'workload':
        case 'entity':
            return endpoint.id;
        case 'dns':
            return `${endpoint.pattern} (DNS name)`;
        case 'external':
            return addressText(endpoint.ranges);
    }
}
const PRIVATE = ipSetOf(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((c) => parseCidr(c).range));
const EVERYWHERE = [IPV4_ALL, IPV6_ALL];
const sameSet = (a, b) => a.length === b.length &&
    a.every((r, i) => r.family === b[i]?.family && r.first === b[i].first && r.last === b[i].last);
/** Addresses outside the cluster, in words where a name exists. */
function addressText(set) {
    const named = namedSet(set);
    if (named !== undefined)
        return named;
    const groups = [];
    for (const family of [4, 6]) {
        const ranges = set.filter((r) => r.family === family);
        if (ranges.length === 0)
            continue;
        if (family === 4 && sameSet(ranges, PRIVATE))
            groups.push({ text: 'private ranges', hasExcept: false });
        else if (family === 4 && sameSet(ranges, subtractIpSets([IPV4_ALL], PRIVATE)))
            groups.push({ text: '0.0.0.0/0 except private ranges', hasExcept: true });
        else
            groups.push(familyText(family, ranges));
    }
    if (groups.length === 1)
        return groups[0].text;
    return groups.map((g) => (g.hasExcept ? `(${g.text})` : g.text)).join(' and ');
}
function namedSet(set) {
    if (sameSet(set, EVERYWHERE))
        return 'anywhere outside the cluster';
    if (sameSet(set, [IPV4_ALL]))
        return 'anywhere outside the cluster (IPv4)';
    if (sameSet(set, [IPV6_ALL]))
        return 'anywhere outside the cluster (IPv6)';
    if (sameSet(set, PRIVATE))
        return 'private ranges';
    if (sameSet(set, subtractIpSets(EVERYWHERE, PRIVATE)))
        return 'anywhere outside the cluster except private ranges';
    if (sameSet(set, subtractIpSets([IPV4_ALL], PRIVATE)))
        return 'anywhere outside the cluster (IPv4) except private ranges';
    return undefined;
}
function familyText(family, ranges) {
    const wrap = (cidr) => (family === 6 ? `[${cidr}]` : cidr);
    const cidrs = ranges.flatMap(formatRange).map(wrap);
    const list = cidrs.length > 3 ? `${cidrs.slice(0, 3).join(', ')} and ${cidrs.length - 3} more ranges` : cidrs.join(', ');
    const cover = coveringCidr(family, ranges[0].first, ranges[ranges.length - 1].last);
    const holes = subtractIpSets([cover.range], ranges).flatMap(formatRange).map(wrap);
    if (holes.length === 0)
        return { text: list, hasExcept: false };
    const withExcept = `${wrap(cover.text)} except ${holes.length > 3 ? `${holes.length} ranges` : holes.join(', ')}`;
    // Few excepts: whichever is shorter. Many: the except form only where it folds fewer ranges
    // than the list would.
    const useExcept = holes.length <= 3 ? withExcept.length < list.length : cidrs.length > 3 && holes.length < cidrs.length;
    return useExcept ? { text: withExcept, hasExcept: true } : { text: list, hasExcept: false };
}
/** The smallest CIDR that holds both addresses. */
function coveringCidr(family, first, last) {
    const bits = family === 4 ? 32n : 128n;
    let host = 0n;
    while (host < bits && first >> host !== last >> host)
        host++;
    const start = (first >> host) << host;
    const end = start + (1n << host) - 1n;
    return { range: { family, first: start, last: end }, text: `${formatAddress(family, start)}/${bits - host}` };
}

;// CONCATENATED MODULE: ./src/report/port-text.ts
// Writes a PortSet the way the sentences of DESIGN §5 do, the short way: nothing for every port
// of every protocol, `TCP` for every TCP port, `TCP 8080,9090-9100; UDP 53` for a few ports, and
// a complement where it is shorter: `TCP except 9555`, `every port except TCP 9555` — never a
// complement spelt out as ranges.


const isWhole = (ranges) => ranges.length === 1 && ranges[0]?.[0] === MIN_PORT && ranges[0][1] === MAX_PORT;
const rangeList = (ranges) => ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
/** One protocol's ports: `TCP`, `TCP 80,443`, or `TCP except 9555` when that is shorter. */
function protocolText(protocol, ranges) {
    if (isWhole(ranges))
        return protocol;
    const listed = `${protocol} ${rangeList(ranges)}`;
    const missing = subtractPorts({ [protocol]: [[MIN_PORT, MAX_PORT]] }, { [protocol]: ranges })[protocol] ?? [];
    const except = `${protocol} except ${rangeList(missing)}`;
    return except.length < listed.length ? except : listed;
}
/** The ports as listed, protocol by protocol ('' for every port). */
function listedText(ports) {
    const groups = [];
    for (const protocol of ports_PROTOCOLS) {
        const ranges = ports[protocol];
        if (ranges !== undefined && ranges.length > 0)
            groups.push(protocolText(protocol, ranges));
    }
    return groups.join('; ');
}
/** Every range spelt out (`TCP 1-8079,8081-65535; UDP; SCTP`): for tables that compare exact
 * port sets, never for sentences. */
function listPorts(ports) {
    if (isAllPorts(ports))
        return '';
    return PROTOCOLS.flatMap((p) => {
        const ranges = ports[p] ?? [];
        if (ranges.length === 0)
            return [];
        return [isWhole(ranges) ? p : `${p} ${rangeList(ranges)}`];
    }).join('; ');
}
function formatPorts(ports) {
    if (port_set_isAllPorts(ports))
        return '';
    const listed = listedText(ports);
    const missing = subtractPorts(ALL_PORTS, ports);
    if (isEmptyPorts(missing))
        return listed;
    // Within the complement, "and" (not ";") joins protocols: "every port except TCP 53 and UDP 53".
    const except = `every port except ${listedText(missing).split('; ').join(' and ')}`;
    // On a tie the complement reads better, and a list with an "except" of its own ("TCP; UDP;
    // SCTP except 9003") would be misread as applying to every protocol.
    const misread = listed.includes('except') && listed.includes('; ');
    return except.length <= listed.length || misread ? except : listed;
}
/** The ports after a destination in a sentence: `:TCP 8080`, ` on every port except TCP 9555`
 * (a `:` before a complement would read as a port list), or '' for every port. */
function portsSuffix(ports) {
    const text = formatPorts(ports);
    if (text === '')
        return '';
    return text.startsWith('every port') ? ` on ${text}` : `:${text}`;
}
/** The ports as a phrase of their own: `every port`, `TCP 8080`, `every port except UDP`. */
function portsPhrase(ports) {
    if (isEmptyPorts(ports))
        return 'no port';
    return formatPorts(ports) || 'every port';
}

;// CONCATENATED MODULE: ./src/report/service-text.ts

/** How many Services a note names before it counts the rest. */
const MAX_SERVICES = 2;
/** ` (service pod-3, port http)` for the Service ports that forward into `ports`; '' for none. */
function serviceNote(dst, ports) {
    // Every port: naming one Service port would read as if only it were meant.
    if (dst?.type !== 'workload' || dst.services === undefined || port_set_isAllPorts(ports))
        return '';
    const byService = new Map();
    for (const p of dst.services) {
        if (!(ports[p.protocol] ?? []).some(([a, b]) => a <= p.targetPort && p.targetPort <= b))
            continue;
        const names = byService.get(p.service) ?? [];
        names.push(p.name ?? String(p.port));
        byService.set(p.service, names);
    }
    if (byService.size === 0)
        return '';
    const parts = [...byService]
        .slice(0, MAX_SERVICES)
        .map(([service, names]) => `service ${service}, ${names.length === 1 ? 'port' : 'ports'} ${names.join(', ')}`);
    const more = byService.size > MAX_SERVICES ? `; ${byService.size - MAX_SERVICES} more services` : '';
    return ` (${parts.join('; ')}${more})`;
}

;// CONCATENATED MODULE: ./src/report/sentences.ts




function endpointLookup(endpoints) {
    const byId = new Map(endpoints.map((e) => [e.id, e]));
    return (id) => byId.get(id);
}
function endpointName(id, lookup) {
    const endpoint = lookup(id);
    return endpoint === undefined ? id : endpointText(endpoint);
}
function sentence(src, verb, dst, ports, lookup) {
    return `${endpointName(src, lookup)} ${verb} ${endpointName(dst, lookup)}${portsSuffix(ports)}`;
}
function partsSentence(src, parts, dst, lookup) {
    return `${endpointName(src, lookup)} ${parts.verb} ${endpointName(dst, lookup)}${parts.tail}${serviceNote(lookup(dst), parts.ports)}`;
}
/** Marks a sentence whose ports are partly uncertain (admin policies of one priority disagree). */
function isDoubtful(ports, uncertain) {
    return uncertain !== undefined && !isEmptyPorts(intersectPorts(ports, uncertain));
}
/** Says which requests may use ports that only L7 rules or DNS names allow:
 * `…:TCP 8080 (HTTP GET /metrics only)`, `… (on TCP 443: depends on DNS at run time)`. */
function restrictionText(ports, restriction) {
    if (restriction === undefined)
        return '';
    const affected = intersectPorts(ports, restriction.ports);
    if (isEmptyPorts(affected))
        return '';
    const what = restriction.by.map((b) => (b.startsWith('depends on') ? b : `${b} only`)).join('; ') || 'restricted at L7';
    return portsEqual(affected, ports) ? ` (${what})` : ` (on ${formatPorts(affected) || 'every port'}: ${what})`;
}
function connectionSentence(c, lookup) {
    const text = `${sentence(c.src, 'can reach', c.dst, c.allowed, lookup)}${restrictionText(c.allowed, c.restrictedBy)}`;
    return isDoubtful(c.allowed, c.uncertain) ? `${text} (uncertain)` : text;
}
/**
 * A change of restriction on ports allowed before and after (an L7 rule or DNS name added,
 * removed or changed): `opened` when the ports are no longer restricted, `closed` when they
 * became (or stay, differently) restricted.
 */
function restrictionChange(c) {
    if (c.restrictionBefore === undefined)
        return undefined;
    const now = c.restrictedBy !== undefined && !isEmptyPorts(c.restrictedBy.ports) ? c.restrictedBy : undefined;
    const was = c.restrictionBefore.by.length > 0 && !isEmptyPorts(c.restrictionBefore.ports) ? c.restrictionBefore : undefined;
    const ports = intersectPorts(intersectPorts(c.before, c.after), now?.ports ?? was?.ports ?? {});
    if (isEmptyPorts(ports))
        return undefined;
    return { which: now === undefined ? 'opened' : 'closed', ports, now, was };
}
function requests(r) {
    if (r === undefined)
        return 'for any request';
    return `only ${r.by.map((b) => (b.startsWith('depends on') ? `depending on DNS at run time` : `for ${b}`)).join(' and ')}`;
}
/** The parts for a changed restriction: `can now reach` + `:TCP 8080 only for HTTP GET /metrics (before: for
 * any request)`. */
function restrictionParts(c) {
    const r = restrictionChange(c);
    if (r === undefined)
        return undefined;
    return {
        verb: 'can now reach',
        tail: `${portsSuffix(r.ports)} ${requests(r.now)} (before: ${requests(r.was)})`,
        ports: r.ports,
    };
}
/** The line for a changed restriction: `… can now reach …:TCP 8080 only for HTTP GET /metrics (before: for any
 * request)`. */
function restrictionSentence(c, lookup) {
    const parts = restrictionParts(c);
    return parts === undefined ? undefined : partsSentence(c.src, parts, c.dst, lookup);
}
/**
 * The parts for the ports a change opens (or closes). A pair that only gains ports says what it
 * had (`:TCP 8080 (before: only TCP 3550)`); one that only loses some says what it keeps
 * (`can now reach … only on TCP 3550 (before: every port)`); otherwise the ports themselves.
 */
function changeParts(c, which) {
    const ports = c[which];
    if (isEmptyPorts(ports))
        return undefined;
    const doubt = isDoubtful(ports, c.uncertain) ? ' (uncertain)' : '';
    if (which === 'opened') {
        const restriction = restrictionText(ports, c.restrictedBy);
        const before = !isEmptyPorts(c.before) && isEmptyPorts(c.closed) ? ` (before: only ${portsPhrase(c.before)})` : '';
        const tail = before !== '' && formatPorts(c.after) === ''
            ? ` on every port${restriction}${before}`
            : `${portsSuffix(ports)}${restriction}${before}`;
        return { verb: 'can now reach', tail: `${tail}${doubt}`, ports };
    }
    if (!isEmptyPorts(c.after) && isEmptyPorts(c.opened)) {
        return {
            verb: 'can now reach',
            tail: ` only on ${portsPhrase(c.after)} (before: ${portsPhrase(c.before)})${doubt}`,
            ports: c.after,
        };
    }
    return { verb: 'can no longer reach', tail: `${portsSuffix(ports)}${doubt}`, ports };
}
/** One line for the ports a change opens and one for those it closes (either may be absent). */
function changeSentences(c, lookup) {
    const opened = changeParts(c, 'opened');
    const closed = changeParts(c, 'closed');
    return {
        ...(opened === undefined ? {} : { opened: partsSentence(c.src, opened, c.dst, lookup) }),
        ...(closed === undefined ? {} : { closed: partsSentence(c.src, closed, c.dst, lookup) }),
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts


function isIncomplete(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
function summarizeDiff(report) {
    // The repository config's own errors are counted apart (`configErrors`): it is no manifest.
    const manifestErrors = report.diagnostics.filter((d) => d.severity === 'error' && (report.configFile === undefined || d.file !== report.configFile));
    return {
        opened: report.changes.filter((c) => !isEmptyPorts(c.opened)).length,
        closed: report.changes.filter((c) => !isEmptyPorts(c.closed)).length,
        restricted: report.changes.filter((c) => restrictionChange(c) !== undefined).length,
        loosened: report.changes.filter((c) => restrictionChange(c)?.which === 'opened').length,
        exposureOpened: (report.exposure ?? []).filter((e) => !isEmptyPorts(e.opened)).length,
        exposureClosed: (report.exposure ?? []).filter((e) => !isEmptyPorts(e.closed)).length,
        addedWorkloads: report.added.map((id) => unreadableMark(id, report, 'base')),
        removedWorkloads: report.removed.map((id) => unreadableMark(id, report, 'head')),
        incomplete: manifestErrors.length > 0,
        unreadableFiles: new Set(manifestErrors.map((d) => d.file)).size,
        dependOnUnreadable: report.changes.filter((c) => c.rejected !== undefined).length,
        violations: (report.assertions ?? []).filter((a) => a.status === 'newly-violated').length,
        newFindings: (report.findings ?? []).filter((f) => f.new).length,
        configErrors: report.configErrors ?? 0,
    };
}
/** A workload that seems to come or go because one revision could not read it says so. */
function unreadableMark(id, report, revision) {
    return report.unreadable?.includes(id) === true ? `${id} (could not be read at ${revision})` : id;
}
/** The line every format leads with when input could not be read: how much of it, and how many
 * of the reported paths exist only because of it. */
function unreadableLine(s) {
    if (!s.incomplete)
        return undefined;
    const files = `${count(s.unreadableFiles)} manifest ${s.unreadableFiles === 1 ? 'file' : 'files'} could not be read in full`;
    const them = s.unreadableFiles === 1 ? 'it' : 'them';
    if (s.dependOnUnreadable === 0)
        return `⚠ ${files}; the verdict does not include what ${s.unreadableFiles === 1 ? 'it holds' : 'they hold'} (see the warnings)`;
    return `⚠ ${files}; ${count(s.dependOnUnreadable)} of the paths below depend on ${them} (see the warnings)`;
}
function count(n) {
    return n.toLocaleString('en-US');
}
function verdictLine(s) {
    const paths = (n) => `${n} ${n === 1 ? 'path' : 'paths'}`;
    const exposed = (s.exposureOpened ?? 0) + (s.exposureClosed ?? 0) > 0
        ? `; exposure: ${s.exposureOpened ?? 0} opened, ${s.exposureClosed ?? 0} closed`
        : '';
    if (s.opened === 0 && s.closed === 0 && s.restricted === 0)
        return exposed === '' ? 'no reachability changes' : `no path between the manifests' workloads changed${exposed}`;
    return `${paths(s.opened)} opened, ${s.closed} closed${s.restricted > 0 ? `, ${s.restricted} restricted differently` : ''}${exposed}`;
}

;// CONCATENATED MODULE: ./src/report/rule-names.ts
/** The short kinds of because-lines. */
const KIND_LABEL = {
    AdminNetworkPolicy: 'ANP',
    BaselineAdminNetworkPolicy: 'BANP',
    ClusterNetworkPolicy: 'ClusterNetworkPolicy',
    CiliumNetworkPolicy: 'CNP',
    CiliumClusterwideNetworkPolicy: 'CCNP',
};
const ACTION_LABEL = { allow: 'Allow', deny: 'Deny', pass: 'Pass' };
function shortKind(kind) {
    return KIND_LABEL[kind] ?? kind;
}
function qualified(ref) {
    return ref.namespace === undefined ? ref.name : `${ref.namespace}/${ref.name}`;
}
function placeText(p) {
    return `${p.part === undefined ? '' : `${p.part} `}${p.list}[${p.index}]`;
}
function ruleNameText(name) {
    return name === undefined ? '' : ` "${name}"`;
}
/** `NetworkPolicy team-two/pod-3 ingress[0]`, `CNP shop/api ingressDeny[0]: Deny`,
 * `ANP deny-restricted (priority 10) egress[2] "deny-all-to-restricted": Deny`,
 * `GlobalNetworkPolicy security.deny-egress (tier security, order 10) egress[1]: Deny`,
 * `Tier security defaultAction: Deny (no rule of the tier matched)`. */
function ruleName(ref) {
    switch (ref.type) {
        case 'network-policy':
            return `NetworkPolicy ${qualified(ref)} ${placeText(ref.place)}`;
        case 'namespaced':
            return `${shortKind(ref.kind)} ${qualified(ref)} ${placeText(ref.place)}${ref.deny ? ': Deny' : ''}`;
        case 'ranked':
            return `${shortKind(ref.kind)} ${ref.name}${rankText(ref)} ${placeText(ref.place)}${ruleNameText(ref.ruleName)}: ${ACTION_LABEL[ref.action]}`;
        case 'calico': {
            const order = Number.isFinite(ref.order) ? `order ${ref.order}` : 'no order';
            return `${ref.kind} ${qualified(ref)} (tier ${ref.tier}, ${order}) ${placeText(ref.place)}${ruleNameText(ref.ruleName)}: ${ACTION_LABEL[ref.action]}`;
        }
        case 'calico-tier-end':
            return `Tier ${ref.tier} defaultAction: ${ACTION_LABEL[ref.action]} (no rule of the tier matched)`;
    }
}
/** An admin policy's priority; a ClusterNetworkPolicy says which of its tiers; a BANP has none. */
function rankText(ref) {
    const isCnp = ref.kind === 'ClusterNetworkPolicy';
    if (ref.tier === 'admin')
        return ` (${isCnp ? 'Admin, ' : ''}priority ${ref.priority})`;
    return isCnp ? ` (Baseline, priority ${ref.priority})` : '';
}
/** A rule's name without the action it ends with (`: Allow`, `: Deny`), for sentences that say
 * what the rule does instead. */
function ruleNameWithoutAction(ref) {
    return ruleName(ref).replace(/: (Allow|Deny)$/, '');
}
/** `CNP shop/api` in because-lines; `CiliumNetworkPolicy shop/api` with `fullKind`. */
function policyName(ref, fullKind = false) {
    return `${fullKind ? ref.kind : shortKind(ref.kind)} ${qualified(ref)}`;
}
function namedText(n) {
    if ('rule' in n)
        return n.withoutAction === true ? ruleNameWithoutAction(n.rule) : ruleName(n.rule);
    return policyName(n.policy, n.fullKind === true);
}
/** A sentence with its names written out. */
function wordsText(words) {
    let out = '';
    for (const w of words)
        out += typeof w === 'string' ? w : namedText(w);
    return out;
}

;// CONCATENATED MODULE: ./src/report/reason-text.ts

const CHANGE_TEXT = {
    'no-longer-denies': ' no longer denies',
    'no-longer-matches': ' no longer matches',
    gone: ' is gone',
};
/** Reasons are shared by every change they explain (thousands at scale): worded once each. */
const texts = new WeakMap();
/** What a report says after "because". */
function reasonText(reason) {
    let text = texts.get(reason);
    if (text === undefined)
        texts.set(reason, (text = refText(reason.ref, reason.revision)));
    return text;
}
function refText(ref, revision) {
    switch (ref.type) {
        case 'rule': {
            const patched = ref.addedByPatch === true ? ' (added by a patch)' : '';
            const change = ref.change === undefined ? '' : CHANGE_TEXT[ref.change];
            const why = ref.relabeled === undefined ? '' : relabelText(ref.relabeled);
            return `${ruleName(ref.rule)}${patched}${change}${why}`;
        }
        case 'isolation': {
            const verb = ref.ended === true ? 'no longer isolates' : 'isolates';
            if (ref.emptyRule === undefined)
                return `${policyName(ref.policy)} ${verb} ${ref.direction}`;
            // A Cilium empty rule reads as allow-all to anyone who knows NetworkPolicy (SEMANTICS §5.3).
            const what = ref.ended === true
                ? `empty rule (default deny only) ${verb} ${ref.direction}`
                : 'empty rule: default deny only';
            return `${ruleNameWithoutAction(ref.emptyRule)} ${what}`;
        }
        case 'new-workload': {
            const { kind, namespace, name } = ref.workload;
            return `${kind} ${namespace}/${name} is new, and no policy isolates its ${ref.direction}`;
        }
        case 'unreadable':
            return `${ref.object} could not be read at ${revision}: ${ref.cause}`;
    }
}
/** `: commonLabels at overlays/prod/kustomization.yaml:10 adds env=prod to its podSelector`. */
function relabelText(r) {
    const labels = [...new Set(r.labels.map(reason_text_requirementText))].join(', ');
    const where = r.selector === 'peers' ? 'its podSelector' : "the policy's podSelector";
    return `: ${r.what} at ${r.file}:${r.line} adds ${labels} to ${where}`;
}
function reason_text_requirementText(q) {
    if (q.operator === 'In' && q.values.length === 1)
        return `${q.key}=${q.values[0]}`;
    return q.values.length === 0 ? `${q.key} ${q.operator}` : `${q.key} ${q.operator} (${q.values.join(', ')})`;
}

;// CONCATENATED MODULE: ./src/report/json.ts






/** An array written element by element; its elements are objects (never numbers or strings,
 * which the one-line form of short arrays would need to see together). */
class Streamed {
    items;
    constructor(items) {
        this.items = items;
    }
}
/** An object some of whose fields are streamed (a value of any other type is written whole). */
class Fields {
    fields;
    constructor(fields) {
        this.fields = fields;
    }
}
/** An array of `items`, each turned into its JSON value only when it is written. */
function streamed(items, toJson = (item) => item) {
    return new Streamed((function* () {
        for (const item of items)
            yield toJson(item);
    })());
}
function endpointJson(e) {
    if (e.type === 'workload')
        return {
            id: e.id,
            type: e.type,
            namespace: e.namespace,
            name: e.name,
            kind: e.kind,
            ...(e.services === undefined ? {} : { services: e.services }),
        };
    if (e.type === 'entity')
        return { id: e.id, type: e.type, name: e.name };
    if (e.type === 'dns')
        return { id: e.id, type: e.type, pattern: e.pattern };
    return {
        id: e.id,
        type: e.type,
        ranges: e.ranges.map((r) => [formatAddress(r.family, r.first), formatAddress(r.family, r.last)]),
    };
}
function warningJson(d) {
    return { file: d.file, line: d.line, message: d.message, code: d.code, severity: d.severity, fix: d.fix };
}
function changeJson(c) {
    return {
        ...c,
        because: c.because.map((r) => ({
            rule: reasonText(r),
            file: r.file,
            line: r.line,
            revision: r.revision,
            explains: r.explains,
        })),
    };
}
function assertionJson(a) {
    const { file, line, witnesses, ...rest } = a;
    return {
        ...rest,
        witnesses: witnesses.map((w) => ({
            ...w,
            because: w.because.map((r) => ({ rule: reasonText(r), file: r.file, line: r.line, revision: r.revision })),
        })),
        file,
        line,
    };
}
function findingJson(f) {
    return { code: f.code, file: f.file, line: f.line, message: wordsText(f.message), new: f.new, fix: f.fix };
}
function exposureJson(e) {
    return {
        ...e,
        because: e.because.map((r) => ({
            rule: reasonText(r),
            file: r.file,
            line: r.line,
            revision: r.revision,
            explains: r.explains,
        })),
    };
}
function* renderReachJson(report) {
    yield* json_document(new Fields({
        version: 1,
        incomplete: isIncomplete(report.diagnostics),
        endpoints: streamed(report.endpoints, endpointJson),
        connections: streamed(report.connections),
        statements: streamed(groupConnections(report.connections)),
        warnings: streamed(report.diagnostics, warningJson),
    }));
}
function* renderDiffJson(report) {
    yield* json_document(diffJson(report));
}
/** Several clusters: `{version: 1, clusters: [{name, …the diff of that cluster…}]}`. */
function* renderClustersJson(clusters) {
    yield* json_document(new Fields({
        version: 1,
        clusters: streamed(clusters, (c) => new Fields({ name: c.name, ...diffJson(c.report).fields })),
    }));
}
function diffJson(report) {
    return new Fields({
        version: 1,
        incomplete: isIncomplete(report.diagnostics),
        base: report.base,
        head: report.head,
        // With a repository config only: a report without one is byte for byte as before.
        ...(report.assertions === undefined ? {} : { assertions: streamed(report.assertions, assertionJson) }),
        ...(report.findings === undefined ? {} : { findings: streamed(report.findings, findingJson) }),
        ...(report.configErrors === undefined || report.configErrors === 0 ? {} : { configErrors: report.configErrors }),
        endpoints: streamed(report.endpoints, endpointJson),
        changes: streamed(report.changes, changeJson),
        exposure: streamed(report.exposure ?? [], exposureJson),
        remaining: streamed(report.remaining ?? []),
        ...(report.remainingNotWorkedOut === undefined ? {} : { remainingNotWorkedOut: report.remainingNotWorkedOut }),
        added: report.added,
        removed: report.removed,
        ...(report.unreadable === undefined ? {} : { unreadable: report.unreadable }),
        ...(report.staged === undefined
            ? {}
            : {
                staged: streamed(report.staged, (p) => new Fields({ policy: p.policy, file: p.file, line: p.line, changes: streamed(p.changes, changeJson) })),
            }),
        warnings: streamed(report.diagnostics, warningJson),
    });
}
function* json_document(value) {
    yield* objectChunks(value, '');
    yield '\n';
}
/** An object with streamed fields, at an indentation. */
function* objectChunks(value, indent) {
    const inner = `${indent}  `;
    let first = true;
    for (const [key, field] of Object.entries(value.fields)) {
        if (field === undefined || typeof field === 'function')
            continue; // as JSON.stringify does
        yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* valueChunks(field, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
}
function* valueChunks(value, indent) {
    if (value instanceof Streamed) {
        const inner = `${indent}  `;
        let first = true;
        for (const item of value.items) {
            const start = `${first ? '[\n' : ',\n'}${inner}`;
            first = false;
            // One chunk per plain item: a connection costs one string, not a generator.
            if (item instanceof Streamed || item instanceof Fields) {
                yield start;
                yield* valueChunks(item, inner);
            }
            else {
                yield `${start}${prettyJson(item ?? null, inner)}`;
            }
        }
        yield first ? '[]' : `\n${indent}]`;
    }
    else if (value instanceof Fields) {
        yield* objectChunks(value, indent);
    }
    else {
        yield prettyJson(value, indent);
    }
}

;// CONCATENATED MODULE: ./src/report/guardrail-text.ts


const LABEL = {
    'newly-violated': 'newly violated',
    violated: 'still violated (already at base)',
    fixed: 'fixed',
    held: 'holds',
};
const ORDER = ['newly-violated', 'violated', 'fixed', 'held'];
/** Undefined when the report was made without a repository config. `oneRevision`: for `check`,
 * which compares a revision with itself (nothing is new or still). */
function guardrailView(report, lookup, oneRevision = false) {
    if (report.assertions === undefined)
        return undefined;
    const sorted = [...report.assertions].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
    const lines = sorted.map((outcome) => assertionLines(outcome, lookup, oneRevision));
    const findings = report.findings ?? [];
    const count = (s) => report.assertions?.filter((a) => a.status === s).length ?? 0;
    const parts = ORDER.filter((s) => count(s) > 0).map((s) => `${count(s)} ${s === 'held' ? 'held' : oneRevision ? 'violated' : LABEL[s]}`);
    const newCount = findings.filter((f) => f.new).length;
    const oldCount = findings.length - newCount;
    const findingParts = oneRevision
        ? [`${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`]
        : [
            `${newCount} new ${newCount === 1 ? 'finding' : 'findings'}`,
            ...(oldCount > 0 ? [`${oldCount} already at base`] : []),
        ];
    const errors = report.configErrors ?? 0;
    const summary = [
        ...(errors > 0 ? [`the config has ${errors} ${errors === 1 ? 'error' : 'errors'}, so the check fails`] : []),
        parts.length === 0 ? 'no assertions' : parts.join(', '),
        findingParts.join(', '),
    ].join('; ');
    return {
        summary,
        violated: lines.filter((l) => l.outcome.status === 'newly-violated' || l.outcome.status === 'violated'),
        newFindings: findings.filter((f) => f.new),
        passing: lines.filter((l) => l.outcome.status === 'fixed' || l.outcome.status === 'held'),
        oldFindings: findings.filter((f) => !f.new),
        configErrors: errors,
        incomplete: report.diagnostics.some((d) => d.severity === 'error' && d.file !== report.configFile),
    };
}
function assertionLines(outcome, lookup, oneRevision) {
    const notes = [];
    if (outcome.moreWitnesses === true)
        notes.push(`more pairs break it than these ${outcome.witnesses.length}`);
    if (outcome.vacuous !== undefined)
        notes.push(`checks nothing: its ${outcome.vacuous} matches no endpoint of the head revision`);
    return {
        outcome,
        label: oneRevision && outcome.status === 'violated' ? 'violated' : LABEL[outcome.status],
        witnesses: outcome.witnesses.map((w) => witnessLine(w, outcome.expect, lookup)),
        notes,
    };
}
function witnessLine(w, expect, lookup) {
    const src = w.srcDescription ?? endpointName(w.src, lookup);
    const dst = w.dstDescription ?? endpointName(w.dst, lookup);
    const verb = expect === 'deny' ? 'can reach' : 'cannot reach';
    const notes = (w.unisolated ?? []).map((d) => `nothing isolates ${d === 'egress' ? src : dst} for ${d}`);
    return { text: `${src} ${verb} ${dst}${portsSuffix(w.ports)}`, reasons: w.because, notes };
}

;// CONCATENATED MODULE: ./src/report/markdown-escape.ts
// Escapes text from manifests (names, labels, paths) for GitHub Markdown: no HTML, no links,
// no emphasis, no @-mentions or #-references, no broken table cells, no line breaks.
const SPECIAL = /[\\`*_{}[\]()#+\-.!|~^=$:]/g;
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(SPECIAL, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@/g, '&#64;');
}
/** For text inside a code span: backticks cannot be escaped there, so they are replaced. */
function escapeCode(text) {
    return text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
}

;// CONCATENATED MODULE: ./src/report/endpoint-sets.ts



function endpointContext(endpoints, lookup) {
    const perNamespace = new Map();
    let workloads = 0;
    for (const e of endpoints) {
        if (e.type !== 'workload')
            continue;
        workloads++;
        perNamespace.set(e.namespace, (perNamespace.get(e.namespace) ?? 0) + 1);
    }
    return { lookup, workloadsPerNamespace: perNamespace, workloads };
}
const endpoint_sets_list = (items) => items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
function describeEndpoints(ids, context) {
    return describeEndpointSet(ids, context).text;
}
/** The words for a set, and whether they fold some members into a count (a reader who wants
 * the names needs them listed). */
function describeEndpointSet(ids, context) {
    const unique = [...new Set(ids)];
    if (unique.length === 1)
        return { text: endpointName(unique[0], context.lookup), folded: false };
    const workloads = [];
    const entities = [];
    const dns = [];
    let external = [];
    const unknown = [];
    for (const id of unique) {
        const e = context.lookup(id);
        if (e === undefined)
            unknown.push(id);
        else if (e.type === 'workload')
            workloads.push(e);
        else if (e.type === 'entity')
            entities.push(e.name);
        else if (e.type === 'dns')
            dns.push(e.pattern);
        else
            external = unionIpSets(external, e.ranges);
    }
    const named = workloadParts(workloads, context);
    const parts = [...named.parts, ...unknown];
    let folded = named.folded;
    if (entities.length === 1)
        parts.push(`entity:${entities[0]}`);
    if (entities.length > 1)
        parts.push(`${entities.length} Cilium entities (${entities.slice(0, 2).join(', ')}${entities.length > 2 ? ', …' : ''})`);
    if (dns.length === 1)
        parts.push(`${dns[0]} (DNS name)`);
    if (dns.length > 1)
        parts.push(`${dns.length} DNS names`);
    if (external.length > 0)
        parts.push(addressText(external));
    folded ||= entities.length > 2 || dns.length > 1;
    return parts.length <= 3 ? { text: endpoint_sets_list(parts), folded } : { text: `${unique.length} endpoints`, folded: true };
}
/** Workloads: every one, whole namespaces as `ns/*`, a few by name, or counted per namespace. */
function workloadParts(workloads, context) {
    if (workloads.length === 0)
        return { parts: [], folded: false };
    if (workloads.length === context.workloads && context.workloads > 1)
        return { parts: [`every workload (${workloads.length})`], folded: false };
    const byNamespace = new Map();
    for (const w of workloads) {
        const list = byNamespace.get(w.namespace);
        if (list === undefined)
            byNamespace.set(w.namespace, [w]);
        else
            list.push(w);
    }
    const parts = [];
    let folded = false;
    for (const [namespace, members] of byNamespace) {
        const whole = members.length === context.workloadsPerNamespace.get(namespace) && members.length > 1;
        if (whole)
            parts.push(`${namespace}/*`);
        else if (members.length <= 2)
            parts.push(...members.map((w) => w.id));
        else {
            parts.push(`${members.length} workloads in ${namespace}`);
            folded = true;
        }
    }
    if (parts.length <= 3)
        return { parts, folded };
    return { parts: [`${workloads.length} workloads in ${byNamespace.size} namespaces`], folded: true };
}

;// CONCATENATED MODULE: ./src/report/exposure-text.ts




const exposure_text_NEW_POD = 'a new pod in ';
/** Workloads exposed the same way (scope, side, ports, peers) are one line; their rules are
 * united, the first few named. */
const MAX_REASONS = 4;
function exposureLines(report, context) {
    const groups = new Map();
    for (const e of report.exposure ?? []) {
        for (const which of ['opened', 'closed']) {
            if (isEmptyPorts(e[which]))
                continue;
            const key = [
                e.scope,
                e.dst === undefined ? 'egress' : 'ingress',
                which,
                portsPhrase(e[which]),
                peersText(e, context),
            ].join('\u0000');
            const group = groups.get(key) ?? {
                first: e,
                which,
                endpoints: [],
                reasons: new Map(),
                rejected: false,
            };
            group.endpoints.push((e.dst ?? e.src));
            for (const r of e.because)
                if (r.explains === which)
                    group.reasons.set(`${r.revision} ${reasonText(r)} ${r.file}:${r.line}`, r);
            group.rejected ||= e.rejected !== undefined;
            groups.set(key, group);
        }
    }
    // Then the scopes of the same workloads, side and ports are one line: "… from anywhere outside
    // the cluster or a new pod in shop on every port".
    const lines = new Map();
    for (const g of groups.values()) {
        const key = [
            g.first.dst === undefined ? 'egress' : 'ingress',
            g.which,
            portsPhrase(g.first[g.which]),
            ...g.endpoints,
        ].join('\u0000');
        const line = lines.get(key) ?? { ...g, peers: [], reasons: new Map() };
        line.peers.push(peersText(g.first, context));
        for (const [k, r] of g.reasons)
            line.reasons.set(k, r);
        line.rejected ||= g.rejected;
        lines.set(key, line);
    }
    return [...lines.values()].map((l) => {
        const reasons = [...l.reasons.values()];
        const shown = reasons.length > MAX_REASONS + 1 ? reasons.slice(0, MAX_REASONS) : reasons;
        return {
            text: exposure_text_sentence(l.first, l.which, l.endpoints, orList(l.peers), context),
            reasons: shown,
            moreReasons: reasons.length - shown.length,
            dependsOnUnreadable: l.rejected,
        };
    });
}
function orList(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
function exposure_text_sentence(e, which, endpoints, peers, context) {
    const who = describeEndpoints(endpoints, context);
    const ports = portsPhrase(e[which]);
    const on = ` on ${ports}`;
    if (e.dst !== undefined) {
        const verb = which === 'opened' ? 'can now be reached from' : 'can no longer be reached from';
        return `${who} ${verb} ${peers}${on}`;
    }
    return `${who} ${which === 'opened' ? 'can now reach' : 'can no longer reach'} ${peers}${on}`;
}
/** Who the peers are, in words: addresses named, new pods of several namespaces folded. */
function peersText(e, context) {
    if (e.scope === 'outside-cluster')
        return describeEndpoints(e.peers, context);
    const namespaces = e.peers.filter((p) => p.startsWith(exposure_text_NEW_POD)).map((p) => p.slice(exposure_text_NEW_POD.length));
    const others = e.peers.filter((p) => !p.startsWith(exposure_text_NEW_POD));
    const parts = [...others];
    if (namespaces.length === 1)
        parts.unshift(`${exposure_text_NEW_POD}${namespaces[0]}`);
    if (namespaces.length > 1 && namespaces.length <= 3)
        parts.unshift(`${exposure_text_NEW_POD}${namespaces.slice(0, -1).join(', ')} or ${namespaces[namespaces.length - 1]}`);
    if (namespaces.length > 3)
        parts.unshift(`a new pod in any of ${namespaces.length} namespaces (${namespaces.slice(0, 2).join(', ')}, …)`);
    if (parts.length <= 3)
        return orList(parts);
    return `${parts.slice(0, 2).join(', ')} or ${parts.length - 2} more kinds of pod not in the manifests`;
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts




// GitHub's renderer refuses a diagram of more than 500 edges, but a left-to-right chart in a
// comment's width is a hairball long before: about 60 edges between workloads, and 40 between
// the fewer, larger namespace boxes, is what still reads.
const MAX_EDGES = 60;
const MAX_NAMESPACE_EDGES = 40;
// Mermaid refuses a text over 50,000 characters (maxTextSize); long hostile names could get there.
const MAX_TEXT = 40_000;
function renderMermaid(report, options = {}) {
    const lookup = endpointLookup(report.endpoints);
    const paths = report.changes.flatMap((c) => ['opened', 'closed'].flatMap((which) => isEmptyPorts(c[which]) ? [] : [{ src: c.src, dst: c.dst, which, ports: c[which] }]));
    if (paths.length === 0)
        return undefined;
    if (paths.length <= (options.maxEdges ?? MAX_EDGES)) {
        const text = render(workloadEdges(paths, lookup));
        if (text.length <= MAX_TEXT)
            return { text, level: 'workloads' };
    }
    const folded = namespaceEdges(paths, lookup);
    if (folded.length > (options.maxNamespaceEdges ?? MAX_NAMESPACE_EDGES))
        return undefined;
    const text = render(folded);
    return text.length <= MAX_TEXT ? { text, level: 'namespaces' } : undefined;
}
function workloadEdges(paths, lookup) {
    return paths.map((p) => ({
        src: workloadNode(p.src, lookup),
        dst: workloadNode(p.dst, lookup),
        which: p.which,
        label: formatPorts(p.ports) || 'any',
    }));
}
function namespaceEdges(paths, lookup) {
    const counts = new Map();
    for (const p of paths) {
        const src = namespaceNode(p.src, lookup);
        const dst = namespaceNode(p.dst, lookup);
        const key = `${src.key}\u0000${dst.key}\u0000${p.which}`;
        const entry = counts.get(key);
        if (entry === undefined)
            counts.set(key, { src, dst, which: p.which, count: 1 });
        else
            entry.count++;
    }
    return [...counts.values()].map((e) => ({
        src: e.src,
        dst: e.dst,
        which: e.which,
        label: `${e.count} ${e.count === 1 ? 'path' : 'paths'}`,
    }));
}
/** Outside endpoints sort after workloads: addresses, then entities, then DNS names. */
const OUTSIDE_RANK = {
    external: 1,
    entity: 2,
    dns: 3,
};
function outsideNode(id, endpoint) {
    if (endpoint === undefined || endpoint.type === 'workload')
        return { key: id, label: id, rank: 4 };
    return { key: id, label: endpointText(endpoint), rank: OUTSIDE_RANK[endpoint.type] };
}
function workloadNode(id, lookup) {
    const e = lookup(id);
    if (e?.type !== 'workload')
        return outsideNode(id, e);
    // The id, not the name: `name[Kind]` tells apart two workloads of one name.
    return {
        key: id,
        label: id.startsWith(`${e.namespace}/`) ? id.slice(e.namespace.length + 1) : e.name,
        rank: 0,
        namespace: e.namespace,
    };
}
function namespaceNode(id, lookup) {
    const e = lookup(id);
    if (e?.type !== 'workload')
        return outsideNode(id, e);
    return { key: `namespace\u0000${e.namespace}`, label: e.namespace, rank: 0 };
}
function compareNodes(a, b) {
    return (a.rank - b.rank ||
        compareText(a.namespace ?? '', b.namespace ?? '') ||
        compareText(a.label, b.label) ||
        compareText(a.key, b.key));
}
const whichRank = (which) => (which === 'opened' ? 0 : 1);
/** Code-unit order, the same on every machine and locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function render(edges) {
    const nodes = [...new Map(edges.flatMap((e) => [e.src, e.dst]).map((n) => [n.key, n])).values()].sort(compareNodes);
    // Generated ids only: no text of a manifest is ever a Mermaid identifier.
    const idOf = new Map(nodes.map((n, i) => [n.key, `n${i}`]));
    const id = (n) => idOf.get(n.key);
    const lines = ['flowchart LR'];
    const namespaces = [...new Set(nodes.flatMap((n) => (n.namespace === undefined ? [] : [n.namespace])))];
    namespaces.forEach((namespace, i) => {
        lines.push(`  subgraph s${i} ["${escapeMermaid(namespace)}"]`);
        for (const n of nodes)
            if (n.namespace === namespace)
                lines.push(`    ${id(n)}["${escapeMermaid(n.label)}"]`);
        lines.push('  end');
    });
    // Namespaces (when folded) as boxes; what is outside the cluster as rounded boxes.
    for (const n of nodes)
        if (n.namespace === undefined)
            lines.push(n.rank === 0 ? `  ${id(n)}["${escapeMermaid(n.label)}"]` : `  ${id(n)}(["${escapeMermaid(n.label)}"])`);
    const ordered = [...edges].sort((a, b) => compareNodes(a.src, b.src) || compareNodes(a.dst, b.dst) || whichRank(a.which) - whichRank(b.which));
    for (const e of ordered)
        lines.push(`  ${id(e.src)} ${e.which === 'opened' ? '-->' : '-.->'}|"${escapeMermaid(e.label)}"| ${id(e.dst)}`);
    lines.push(...linkStyle(ordered, 'opened', '#1a7f37'), ...linkStyle(ordered, 'closed', '#cf222e'));
    return lines.join('\n');
}
/** Colours the edges of one kind; the line style (solid or dashed) already tells them apart
 * for a reader who does not see the colour. */
function linkStyle(edges, which, colour) {
    const indices = edges.flatMap((e, i) => (e.which === which ? [i] : []));
    return indices.length === 0 ? [] : [`  linkStyle ${indices.join(',')} stroke:${colour}`];
}
// Inside a quoted Mermaid string only `"` ends the text, but `#…;` is an entity code, `<>` is
// HTML, a backtick starts Markdown, `%%{` a directive anywhere in the text, and a line break a
// new statement (or, at a line's start, a Markdown fence): each becomes an entity code.
const mermaid_ENTITIES = {
    '"': '#quot;',
    '#': '#35;',
    '&': '#amp;',
    '<': '#lt;',
    '>': '#gt;',
    '`': '#96;',
    '[': '#91;',
    ']': '#93;',
    '%': '#37;',
};
function escapeMermaid(text) {
    return (text
        // eslint-disable-next-line no-control-regex -- control characters are what this removes
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/["#&<>`[\]%]/g, (c) => mermaid_ENTITIES[c]));
}

;// CONCATENATED MODULE: ./src/report/remaining-text.ts




/** More groups than this, or a longer description, read as a count. */
const MAX_GROUPS = 2;
const MAX_WORDS = 200;
function remainingLines(report, context) {
    // Endpoints left with the same access, from the same access, are one line.
    const byWords = new Map();
    for (const r of report.remaining ?? []) {
        const only = r.now.length === 0 || r.now[0]?.everyone === true ? '' : 'only ';
        const verb = r.dst === undefined ? 'reaches' : 'accepts';
        const noun = r.dst === undefined ? 'destination' : 'source';
        const depends = r.rejected === undefined ? '' : ' (depends on input that could not be read)';
        const words = `${verb} ${only}${accessText(r.now, context, noun)} (before: ${accessText(r.before, context, noun)})${depends}`;
        const list = byWords.get(words) ?? [];
        list.push((r.dst ?? r.src));
        byWords.set(words, list);
    }
    const lines = [...byWords].map(([words, ids]) => ids.length === 1
        ? `${endpointName(ids[0], context.lookup)} now ${words}`
        : `${describeEndpoints(ids, context)}: each now ${words}`);
    const more = report.remainingNotWorkedOut ?? 0;
    return more > 0
        ? [...lines, `… and ${more} more destinations (not worked out: too large a cluster to say for each)`]
        : lines;
}
function accessText(groups, context, noun) {
    if (groups.length === 0)
        return noun === 'source' ? 'no one' : 'nothing';
    const peers = groups.reduce((n, g) => n + g.peers.length, 0);
    const counted = `${peers} ${noun}${peers === 1 ? '' : 's'}${groups.length > 1 ? ` on ${groups.length} different sets of ports` : ''}`;
    if (groups.length > MAX_GROUPS)
        return counted;
    const words = groups
        .map((g) => `${remaining_text_peersText(g, context)}${port_set_isAllPorts(g.ports) ? (g.everyone === true ? '' : ' on every port') : ` on ${portsPhrase(g.ports)}`}`)
        .join(', plus ');
    // A description too long to take in at a glance is a count; the closed paths give the detail.
    return words.length > MAX_WORDS ? counted : words;
}
function remaining_text_peersText(g, context) {
    if (g.everyone === true)
        return 'everyone';
    const ids = g.peers.filter((p) => context.lookup(p) !== undefined);
    const words = g.peers.filter((p) => context.lookup(p) === undefined);
    const parts = ids.length === 0 ? [] : [describeEndpoints(ids, context)];
    // Representative pods by their description while few, else counted.
    if (words.length <= 2)
        parts.push(...words);
    else if (words.length > 0)
        parts.push(`${words.length} ${words.length === 1 ? 'kind' : 'kinds'} of pod not in the manifests`);
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/report/group-changes.ts




function groupChanges(changes, which) {
    const byCause = new Map();
    for (const c of changes) {
        const parts = which === 'restricted' ? restrictionParts(c) : changeParts(c, which);
        if (parts === undefined)
            continue;
        const explains = which === 'restricted' ? restrictionExplains(c) : which;
        const reasons = c.because.filter((r) => r.explains === explains);
        const key = `${parts.verb}\u0001${parts.tail}\u0001${reasons.map((r) => `${r.revision} ${reasonText(r)} ${r.file}:${r.line}`).join('\u0002')}`;
        let group = byCause.get(key);
        if (group === undefined)
            byCause.set(key, (group = { ports: which === 'restricted' ? c.after : c[which], reasons, parts, pairs: [] }));
        group.pairs.push({ src: c.src, dst: c.dst });
    }
    const out = [];
    for (const group of byCause.values()) {
        for (const pairs of foldSides(group.pairs))
            out.push({ which, ports: group.ports, reasons: group.reasons, parts: group.parts, pairs });
    }
    // Largest effect first; ties in the order of the first pair.
    return out.sort((a, b) => b.pairs.length - a.pairs.length);
}
/** Which because-lines a restriction change has: the rules that restrict the ports now
 * (`closed`), or, for a restriction lifted, those that allow every request now (`opened`). */
function restrictionExplains(c) {
    return c.restrictedBy === undefined ? 'opened' : 'closed';
}
/** Cuts pairs of one cause along the side with fewer members, then merges the parts whose other
 * sides are the same set. */
function foldSides(pairs) {
    const srcs = new Set(pairs.map((p) => p.src));
    const dsts = new Set(pairs.map((p) => p.dst));
    const side = dsts.size <= srcs.size ? 'dst' : 'src';
    const other = side === 'dst' ? 'src' : 'dst';
    const parts = new Map();
    for (const pair of pairs) {
        const list = parts.get(pair[side]);
        if (list === undefined)
            parts.set(pair[side], [pair]);
        else
            list.push(pair);
    }
    const merged = new Map();
    for (const list of parts.values()) {
        const key = list.map((p) => p[other]).join('\u0000');
        const into = merged.get(key);
        if (into === undefined)
            merged.set(key, [...list]);
        else
            into.push(...list);
    }
    return [...merged.values()];
}
/** A group's headline: its one pair's sentence, or both sides described as sets. */
function partsSentenceFor(group, context) {
    const who = describeEndpoints(group.pairs.map((p) => p.src), context);
    const dsts = new Set(group.pairs.map((p) => p.dst));
    const whom = describeEndpoints([...dsts], context);
    const [only] = dsts;
    const note = dsts.size === 1 && only !== undefined ? serviceNote(context.lookup(only), group.parts.ports) : '';
    return `${who} ${group.parts.verb} ${whom}${group.parts.tail}${note}`;
}

;// CONCATENATED MODULE: ./src/report/comment.ts











/** GitHub's limit on a comment body. */
const COMMENT_LIMIT = 65_536;
const code = (text) => `\`${escapeCode(text)}\``;
const MAX_WARNINGS = 50;
/** What each shorter level leaves out, said under the note. */
const SHORTENED = {
    rows: 'Each line lists at most 20 of its paths.',
    headlines: 'Each line is shown without the list of its paths, and without the picture.',
    counts: 'Paths are counted per namespace pair instead of listed.',
};
const LEVELS = [
    { kind: 'full', detailRows: 200 },
    { kind: 'full', detailRows: 20 },
    { kind: 'headlines' },
    { kind: 'counts' },
];
function renderComment(report, options = {}) {
    const maxLength = options.maxLength ?? COMMENT_LIMIT;
    for (const level of LEVELS) {
        const text = comment_render(report, options, level, Infinity);
        if (text.length <= maxLength)
            return text;
    }
    // Still too long: cut the counts table (and what remains) at a row boundary, then the
    // exposure lines: with the headline, they are the last things cut.
    let rows = 200;
    let exposure = MAX_EXPOSURE_SHORT;
    for (;;) {
        const text = comment_render(report, options, { kind: 'counts' }, rows, exposure);
        if (text.length <= maxLength)
            return text;
        if (rows === 0 && exposure === 0)
            return text.slice(0, maxLength);
        if (rows > 0)
            rows = Math.floor(rows / 2);
        else
            exposure = Math.floor(exposure / 2);
    }
}
function comment_render(report, options, level, maxRows, maxExposure = MAX_EXPOSURE_SHORT) {
    const lookup = endpointLookup(report.endpoints);
    const summary = summarizeDiff(report);
    const out = [];
    if (options.header !== undefined)
        out.push(options.header);
    out.push(options.title ?? `### netreach: ${verdictLine(summary)}`);
    const unreadable = unreadableLine(summary);
    if (unreadable !== undefined)
        out.push('', '> [!WARNING]', `> ${unreadable.replace(/^⚠ /, '')}.`);
    if (level !== LEVELS[0]) {
        out.push('', `> [!NOTE]`, `> This report was shortened to fit${options.fullReportUrl ? `; the full report is in the [job summary](${options.fullReportUrl})` : ''}. ${SHORTENED[level.kind === 'full' ? 'rows' : level.kind]}`);
    }
    guardrailSection(out, report, lookup, options, level.kind === 'full' ? Infinity : MAX_WITNESSES_SHORT, level.kind === 'full' ? MAX_WARNINGS : MAX_FINDINGS_SHORT);
    const context = endpointContext(report.endpoints, lookup);
    exposureSection(out, report, context, options, level.kind === 'full' ? Infinity : maxExposure);
    if (level.kind === 'full')
        picture(out, report);
    if (level.kind === 'counts') {
        listSection(out, REMAINING_TITLE, remainingLines(report, context), Math.min(maxRows, MAX_EXPOSURE_SHORT));
        countsTable(out, report, lookup, maxRows);
    }
    else {
        for (const which of ['opened', 'closed', 'restricted']) {
            if (which === 'closed')
                listSection(out, REMAINING_TITLE, remainingLines(report, context), Infinity);
            const groups = groupChanges(report.changes, which);
            if (groups.length === 0)
                continue;
            const total = new Set(groups.flatMap((g) => g.pairs.map((p) => `${p.src}\u0000${p.dst}`))).size;
            out.push('', `**${SECTION_TITLE[which]}** (${total} ${total === 1 ? 'path' : 'paths'})`, '');
            for (const group of groups)
                groupLines(out, group, context, options, level.kind === 'full' ? level.detailRows : 0);
        }
    }
    if (level.kind !== 'counts')
        stagedSection(out, report, context, options, level.kind === 'full' ? level.detailRows : 0);
    if (summary.addedWorkloads.length > 0)
        out.push('', `**New workloads:** ${summary.addedWorkloads.map(code).join(', ')}`);
    if (summary.removedWorkloads.length > 0)
        out.push('', `**Removed workloads:** ${summary.removedWorkloads.map(code).join(', ')}`);
    warnings(out, report.diagnostics);
    if (options.footer !== undefined && options.footer.length > 0)
        out.push('', '---', ...options.footer);
    return `${out.join('\n')}\n`;
}
/** Calico staged policies: what enforcing each would close and open (compared with head). */
function stagedSection(out, report, context, options, detailRows) {
    for (const preview of report.staged ?? []) {
        out.push('', `**If you enforce staged policy ${code(preview.policy)}** (${locationLink(preview.file, preview.line, options)})`, '');
        const closes = groupChanges(preview.changes, 'closed');
        const opens = groupChanges(preview.changes, 'opened');
        if (closes.length === 0 && opens.length === 0)
            out.push('- no path changes');
        if (closes.length > 0)
            out.push('these paths close:', '');
        for (const group of closes)
            groupLines(out, group, context, options, detailRows);
        if (opens.length > 0)
            out.push('', 'these paths open:', '');
        for (const group of opens)
            groupLines(out, group, context, options, detailRows);
    }
}
const SECTION_TITLE = { opened: 'Opened', closed: 'Closed', restricted: 'Restricted differently' };
function groupLines(out, group, context, options, detailRows) {
    const [first] = group.pairs;
    if (first === undefined)
        return;
    const headline = partsSentenceFor(group, context);
    const because = group.reasons.map((r) => reasonLink(r, options));
    out.push(`- ${code(headline)}${because.length > 0 ? ` — because ${because.join(', ')}` : ''}`);
    if (detailRows > 0 && group.pairs.length > 1) {
        out.push(`  <details><summary>${group.pairs.length} paths</summary>`, '');
        for (const pair of group.pairs.slice(0, detailRows))
            out.push(`  - ${code(partsSentence(pair.src, group.parts, pair.dst, context.lookup))}`);
        if (group.pairs.length > detailRows)
            out.push(`  - … and ${group.pairs.length - detailRows} more`);
        out.push('', '  </details>');
    }
}
function reasonLink(r, options) {
    const text = code(`${reasonText(r)}${r.revision === 'base' ? ' (base)' : ''}`);
    const url = options.linkTo?.(r);
    return url === undefined ? `${text} (${code(`${r.file}:${r.line}`)})` : `[${text}](${url})`;
}
/** Witnesses per assertion, and findings of each kind (new, base's), when the comment had to be
 * shortened: the violations themselves are never cut. */
const MAX_WITNESSES_SHORT = 3;
const MAX_FINDINGS_SHORT = 10;
/** The Guardrails section leads, when the report was made with a repository config: violations
 * (with their witnesses), new findings, what was fixed or holds, then findings base had. */
function guardrailSection(out, report, lookup, options, maxWitnesses, maxFindings) {
    const view = guardrailView(report, lookup, options.oneRevision === true);
    if (view === undefined)
        return;
    const icon = view.violated.some((l) => l.outcome.status === 'newly-violated') || view.configErrors > 0 ? '❌ ' : '';
    out.push('', `**${icon}Guardrails** (${escapeMarkdown(view.summary)})`, '');
    if (view.configErrors > 0)
        out.push('- ❌ **the config has errors** (listed under warnings): the assertions they are in were not checked');
    if (view.incomplete)
        out.push('- ⚠️ **some manifests could not be read** (listed under warnings): these statuses leave out what they hold');
    for (const lines of view.violated)
        assertionItem(out, lines, options, maxWitnesses);
    for (const f of view.newFindings.slice(0, maxFindings))
        out.push(`- ⚠️ **${options.oneRevision === true ? 'finding' : 'new finding'}** ${code(f.code)} at ${locationLink(f.file, f.line, options)}: ${escapeMarkdown(wordsText(f.message))} — ${escapeMarkdown(f.fix)}`);
    if (view.newFindings.length > maxFindings)
        out.push(`- … and ${view.newFindings.length - maxFindings} more new findings`);
    for (const lines of view.passing)
        assertionItem(out, lines, options, 0);
    if (view.oldFindings.length > 0) {
        const n = view.oldFindings.length;
        out.push(`- <details><summary>${n} ${n === 1 ? 'finding' : 'findings'} already at base</summary>`, '');
        for (const f of view.oldFindings.slice(0, maxFindings))
            out.push(`  - ${code(f.code)} at ${locationLink(f.file, f.line, options)}: ${escapeMarkdown(wordsText(f.message))}`);
        if (n > maxFindings)
            out.push(`  - … and ${n - maxFindings} more`);
        out.push('', '  </details>');
    }
}
const STATUS_ICON = { 'newly-violated': '❌', violated: '⚠️', fixed: '✅', held: '✔️' };
function assertionItem(out, lines, options, maxWitnesses) {
    const { outcome } = lines;
    out.push(`- ${STATUS_ICON[outcome.status]} **${lines.label}:** ${escapeMarkdown(outcome.name)} (${code(`expect: ${outcome.expect}`)}, ${locationLink(outcome.file, outcome.line, options)})`);
    for (const w of lines.witnesses.slice(0, maxWitnesses)) {
        const because = [...w.reasons.map((r) => reasonLink(r, options)), ...w.notes.map((n) => escapeMarkdown(n))];
        out.push(`  - ${code(w.text)}${because.length > 0 ? ` — because ${because.join(', ')}` : ''}`);
    }
    if (lines.witnesses.length > maxWitnesses && maxWitnesses > 0)
        out.push(`  - … and ${lines.witnesses.length - maxWitnesses} more`);
    for (const note of lines.notes)
        out.push(`  - ${escapeMarkdown(note)}`);
}
/** A file and line, linked like a head rule when links are known. */
function locationLink(file, line, options) {
    const text = code(`${file}${line > 0 ? `:${line}` : ''}`);
    const url = options.linkTo?.({ revision: 'head', file, line });
    return url === undefined ? text : `[${text}](${url})`;
}
/** Exposure comes before the paths, and is the last thing cut: at most this many lines when
 * the comment had to be shortened. */
const MAX_EXPOSURE_SHORT = 20;
function exposureSection(out, report, context, options, maxLines) {
    const lines = exposureLines(report, context);
    if (lines.length === 0)
        return;
    out.push('', '**Exposure** (beyond the workloads in the manifests; a new pod is one whose labels no policy uses)', '');
    for (const line of lines.slice(0, maxLines)) {
        const because = [
            ...line.reasons.map((r) => reasonLink(r, options)),
            ...(line.moreReasons > 0 ? [`${line.moreReasons} more`] : []),
        ];
        const depends = line.dependsOnUnreadable ? ' (depends on input that could not be read)' : '';
        out.push(`- ${code(line.text)}${depends}${because.length > 0 ? ` — because ${because.join(', ')}` : ''}`);
    }
    if (lines.length > maxLines)
        out.push(`- … and ${lines.length - maxLines} more`);
}
/** Past this many workload edges the picture shows namespaces: a star of 40 arrows into one
 * workload says less than "20 paths" from each of two namespaces. */
const MAX_PICTURE_EDGES = 30;
/** The changed paths as a Mermaid flowchart (GitHub draws it), when it is small enough to read. */
function picture(out, report) {
    const drawn = renderMermaid(report, { maxEdges: MAX_PICTURE_EDGES });
    if (drawn === undefined)
        return;
    // Folded to two arrows or fewer (one namespace into itself), a picture says nothing the
    // headline does not.
    if (drawn.level === 'namespaces' && (drawn.text.match(/-->|-\.->/g) ?? []).length < 3)
        return;
    const what = drawn.level === 'namespaces' ? 'Changed paths between namespaces (too many to draw one by one)' : 'Changed paths';
    out.push('', `<details open><summary>${what}: opened solid, closed dashed</summary>`, '', '```mermaid', drawn.text, '```', '', '</details>');
}
const REMAINING_TITLE = '**What remains** (for each workload whose ingress or egress shrank: what it still accepts or reaches)';
function listSection(out, title, lines, maxLines) {
    if (lines.length === 0)
        return;
    out.push('', title, '');
    for (const line of lines.slice(0, maxLines))
        out.push(`- ${code(line)}`);
    if (lines.length > maxLines)
        out.push(`- … and ${lines.length - maxLines} more`);
}
function countsTable(out, report, lookup, maxRows) {
    const side = (id) => {
        const e = lookup(id);
        if (e === undefined || e.type === 'external' || e.type === 'dns')
            return '(outside the cluster)';
        return e.type === 'entity' ? e.id : e.namespace;
    };
    const counts = new Map();
    for (const c of report.changes) {
        const from = side(c.src);
        const to = side(c.dst);
        const key = `${from}\u0000${to}`;
        let row = counts.get(key);
        if (row === undefined)
            counts.set(key, (row = { from, to, opened: 0, closed: 0 }));
        if (Object.keys(c.opened).length > 0)
            row.opened++;
        if (Object.keys(c.closed).length > 0)
            row.closed++;
    }
    const rows = [...counts.values()].sort((a, b) => b.opened + b.closed - (a.opened + a.closed));
    out.push('', '**Changed paths per namespace pair**', '', '| from | to | opened | closed |', '|---|---|---:|---:|');
    // In a table, `|` ends a cell even inside a code span unless escaped.
    const cell = (text) => code(text).replace(/\|/g, '\\|');
    for (const row of rows.slice(0, maxRows))
        out.push(`| ${cell(row.from)} | ${cell(row.to)} | ${row.opened} | ${row.closed} |`);
    if (rows.length > maxRows)
        out.push('', `… and ${rows.length - maxRows} more namespace pairs.`);
}
function warnings(out, diagnostics) {
    if (diagnostics.length === 0)
        return;
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    out.push('', `<details><summary>${diagnostics.length} ${diagnostics.length === 1 ? 'warning' : 'warnings'}${errors > 0 ? ` (${errors} rejected)` : ''}</summary>`, '');
    for (const d of diagnostics.slice(0, MAX_WARNINGS))
        out.push(`- ${code(`${d.file}${d.line > 0 ? `:${d.line}` : ''}`)} ${d.severity}: ${code(d.message)} — ${code(d.fix)}`);
    if (diagnostics.length > MAX_WARNINGS)
        out.push(`- … and ${diagnostics.length - MAX_WARNINGS} more`);
    out.push('', '</details>');
}
/** Several clusters in one comment: a verdict over all, then a section per cluster, each
 * fitted to its share of the size. */
function renderClustersComment(clusters, options = {}) {
    const maxLength = options.maxLength ?? COMMENT_LIMIT;
    const summaries = clusters.map((c) => summarizeDiff(c.report));
    const sum = (f) => summaries.reduce((n, s) => n + f(s), 0);
    const total = {
        opened: sum((s) => s.opened),
        closed: sum((s) => s.closed),
        restricted: sum((s) => s.restricted),
        exposureOpened: sum((s) => s.exposureOpened),
        exposureClosed: sum((s) => s.exposureClosed),
    };
    const head = [
        ...(options.header === undefined ? [] : [options.header]),
        `### netreach: ${verdictLine(total)} in ${clusters.length} ${clusters.length === 1 ? 'cluster' : 'clusters'}`,
    ].join('\n');
    const foot = options.footer !== undefined && options.footer.length > 0 ? ['', '---', ...options.footer].join('\n') : '';
    const share = Math.floor((maxLength - head.length - foot.length - 16) / Math.max(1, clusters.length));
    const sections = clusters.map((c, i) => {
        const { header: _header, footer: _footer, ...rest } = options;
        return renderComment(c.report, {
            ...rest,
            title: `#### \`${escapeCode(c.name)}\`: ${verdictLine(summaries[i])}`,
            maxLength: share,
        }).trimEnd();
    });
    return `${[head, ...sections].join('\n\n')}${foot === '' ? '' : `\n${foot}`}\n`;
}

;// CONCATENATED MODULE: ./src/report/statement-text.ts
// How a reach statement reads: "team-one/* can reach team-two/pod-3:TCP 8080", and for a set that
// reaches itself, "every workload (400) can reach each other".





function statementSentence(s, context) {
    const who = describeEndpoints(s.srcs, context);
    const same = s.srcs.length > 1 &&
        s.srcs.length === s.dsts.length &&
        new Set(s.srcs).size === new Set([...s.srcs, ...s.dsts]).size;
    const whom = same ? 'each other' : describeEndpoints(s.dsts, context);
    const doubt = s.uncertain !== undefined && !isEmptyPorts(intersectPorts(s.allowed, s.uncertain)) ? ' (uncertain)' : '';
    const note = s.dsts.length === 1 ? serviceNote(context.lookup(s.dsts[0]), s.allowed) : '';
    return `${who} can reach ${whom}${portsSuffix(s.allowed)}${restrictionText(s.allowed, s.restrictedBy)}${doubt}${note}`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts








const markdown_code = (text) => `\`${escapeCode(text)}\``;
/** Several clusters as the pull-request comment shows them, without marker and links. */
function* renderClustersMarkdown(clusters) {
    const [first] = clusters;
    yield renderClustersComment(clusters, first === undefined
        ? {}
        : { footer: [`<sub>Compared ${markdown_code(first.report.base)} with ${markdown_code(first.report.head)}.</sub>`] });
}
/** The diff as the pull-request comment shows it, without marker and links. */
function* renderDiffMarkdown(report) {
    yield renderComment(report, { footer: [`<sub>Compared ${markdown_code(report.base)} with ${markdown_code(report.head)}.</sub>`] });
}
/** `check`: the repository config on one revision, its Guardrails section leading. */
function* renderCheckMarkdown(report) {
    const lookup = endpointLookup(report.endpoints);
    const view = guardrailView(report, lookup, true);
    yield renderComment(report, {
        title: `### netreach check: ${escapeMarkdown(view?.summary ?? 'no repository config')}`,
        oneRevision: true,
        footer: [`<sub>Checked ${markdown_code(report.head)}.</sub>`],
    });
}
/** The reach listing: a header (the count, then lead lines), the paths, the warnings. */
function* renderReachMarkdown(report) {
    const lookup = endpointLookup(report.endpoints);
    const statements = groupConnections(report.connections);
    const context = endpointContext(report.endpoints, lookup);
    yield `### netreach: ${report.connections.length} allowed ${report.connections.length === 1 ? 'path' : 'paths'} in ${statements.length} ${statements.length === 1 ? 'statement' : 'statements'}\n\n`;
    if (isIncomplete(report.diagnostics))
        yield '> [!WARNING]\n> Some input was rejected (see the warnings below): the verdict does not include it.\n\n';
    for (const s of statements)
        yield `- ${markdown_code(statementSentence(s, context))}\n`;
    yield* markdown_warnings(report.diagnostics);
}
function* markdown_warnings(diagnostics) {
    if (diagnostics.length === 0)
        return;
    yield `\n<details><summary>Warnings (${diagnostics.length})</summary>\n\n`;
    for (const d of diagnostics)
        yield `- ${markdown_code(`${d.file}${d.line > 0 ? `:${d.line}` : ''}`)} ${d.severity}: ${markdown_code(d.message)} — ${markdown_code(d.fix)}\n`;
    yield '\n</details>\n';
}

;// CONCATENATED MODULE: ./src/report/sarif.ts




const RULES = {
    ASSERTION_VIOLATED: 'An assertion of the repository config (.netreach.yaml) is violated',
    POLICY_SELECTS_NOTHING: 'A policy selects no workload',
    PEER_SELECTS_NOTHING: 'A peer selector names a label no workload has',
    NAMESPACE_SELECTOR_NO_MATCH: 'A namespaceSelector names a label no namespace has',
    NAMED_PORT_UNDECLARED: 'A named port that no destination declares',
    EGRESS_WITHOUT_DNS: 'Workloads isolated for egress can reach no DNS server',
    CILIUM_EMPTY_RULE: 'A Cilium empty rule: default deny only',
    DEAD_ALLOW_RULE: 'An allow rule that a deny evaluated before it makes dead',
    CONFIG_ERROR: 'The repository config has an error',
};
function* renderDiffSarif(report, options) {
    const view = guardrailView(report, endpointLookup(report.endpoints));
    const location = (file, line, text) => locationAt((options.fileOf ?? ((f) => f))(file), line, text);
    const results = [];
    for (const d of report.diagnostics)
        if (d.severity === 'error' && report.configFile !== undefined && d.file === report.configFile)
            results.push(configResult(d, location));
    for (const lines of view?.violated ?? [])
        results.push(assertionResult(lines.outcome, lines.witnesses.map((w) => w.text), location));
    for (const f of [...(view?.newFindings ?? []), ...(view?.oldFindings ?? [])])
        results.push(findingResult(f, location));
    const used = new Set(results.map((r) => r.ruleId));
    const rules = Object.entries(RULES)
        .filter(([id]) => used.has(id))
        .map(([id, text]) => ({ id, shortDescription: { text } }));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'netreach', version: options.version, rules } }, results }],
    };
    yield `${JSON.stringify(log, null, 2)}\n`;
}
function locationAt(file, line, text) {
    return {
        physicalLocation: {
            artifactLocation: { uri: file.split('\\').join('/') },
            ...(line > 0 ? { region: { startLine: line } } : {}),
        },
        ...(text === undefined ? {} : { message: { text } }),
    };
}
function assertionResult(a, witnessTexts, location) {
    const shown = witnessTexts.slice(0, 3).join('; ');
    const more = a.witnesses.length > 3 || a.moreWitnesses === true
        ? ` and ${a.moreWitnesses === true ? 'more' : a.witnesses.length - 3} more pairs`
        : '';
    const related = new Map();
    for (const w of a.witnesses)
        for (const r of w.because)
            related.set(`${r.file}:${r.line}`, location(r.file, r.line, reasonText(r)));
    return {
        ruleId: 'ASSERTION_VIOLATED',
        level: a.status === 'newly-violated' ? 'error' : 'warning',
        baselineState: a.status === 'newly-violated' ? 'new' : 'unchanged',
        message: {
            text: `Assertion "${a.name}" (expect ${a.expect}) is ${a.status === 'newly-violated' ? 'newly violated' : 'still violated'}: ${shown}${more}`,
        },
        locations: [location(a.file, a.line)],
        ...(related.size === 0 ? {} : { relatedLocations: [...related.values()].map((l, id) => ({ id, ...l })) }),
        partialFingerprints: { assertion: a.name },
    };
}
function findingResult(f, location) {
    return {
        ruleId: f.code,
        level: f.new ? 'warning' : 'note',
        baselineState: f.new ? 'new' : 'unchanged',
        message: { text: `${wordsText(f.message)}. ${f.fix}` },
        locations: [location(f.file, f.line)],
    };
}
function configResult(d, location) {
    return {
        ruleId: 'CONFIG_ERROR',
        level: 'error',
        message: { text: `${d.code}: ${d.message}. ${d.fix}` },
        locations: [location(d.file, d.line)],
    };
}

;// CONCATENATED MODULE: ./src/report/diagnostic-text.ts
function diagnosticLine(d) {
    const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
    return `${where}: ${d.severity}: ${d.message} (${d.fix})`;
}

;// CONCATENATED MODULE: ./src/report/text.ts












const INCOMPLETE = 'incomplete: some input was rejected (errors below); the verdict does not include it';
/** How many names of the folded side are listed under a line. */
const MEMBERS_SHOWN = 20;
const SECTIONS = ['opened', 'closed', 'restricted'];
function* renderDiffText(report, options = {}) {
    const lookup = endpointLookup(report.endpoints);
    const summary = summarizeDiff(report);
    // Header: the verdict, then the lines a reader must see before any path.
    yield `netreach: ${verdictLine(summary)} (${report.base} -> ${report.head})\n`;
    const unreadable = unreadableLine(summary);
    if (unreadable !== undefined)
        yield `${unreadable}\n`;
    const guardrails = guardrailView(report, lookup);
    if (guardrails !== undefined)
        yield* section(`guardrails: ${guardrails.summary}`, guardrailLines(guardrails));
    const context = endpointContext(report.endpoints, lookup);
    yield* section(EXPOSURE_TITLE, exposureTextLines(report, context));
    for (const which of SECTIONS) {
        // What remains sums up the closed paths that follow it.
        if (which === 'closed')
            yield* section(text_REMAINING_TITLE, remainingLines(report, context));
        yield* section(`${which}:`, options.verbose === true ? pairLines(report.changes, which, lookup) : text_groupLines(report.changes, which, context));
    }
    for (const preview of report.staged ?? [])
        yield* section(`if you enforce ${preview.policy} (${preview.file}:${preview.line}):`, stagedLines(preview, context));
    if (summary.addedWorkloads.length > 0)
        yield `\nnew workloads: ${summary.addedWorkloads.join(', ')}\n`;
    if (summary.removedWorkloads.length > 0)
        yield `\nremoved workloads: ${summary.removedWorkloads.join(', ')}\n`;
    yield* section('warnings:', warningLines(report.diagnostics));
}
/** `check`: the repository config on one revision (a report comparing it with itself). */
function* renderCheckText(report) {
    const view = guardrailView(report, endpointLookup(report.endpoints), true);
    yield `netreach check: ${view?.summary ?? 'no repository config'} (${report.head})\n`;
    if (isIncomplete(report.diagnostics))
        yield `${INCOMPLETE}\n`;
    if (view !== undefined)
        yield* section('guardrails:', guardrailLines(view, true));
    yield* section('warnings:', warningLines(report.diagnostics));
}
function* renderReachText(report, options = {}) {
    const lookup = endpointLookup(report.endpoints);
    const statements = options.verbose === true ? undefined : groupConnections(report.connections);
    const paths = `${report.connections.length} allowed ${report.connections.length === 1 ? 'path' : 'paths'}`;
    yield `netreach: ${paths}${statements === undefined ? '' : ` in ${statements.length} ${statements.length === 1 ? 'statement' : 'statements'}`}\n`;
    if (isIncomplete(report.diagnostics))
        yield `${INCOMPLETE}\n`;
    if (statements === undefined) {
        for (const c of report.connections)
            yield `${connectionSentence(c, lookup)}\n`;
    }
    else {
        const context = endpointContext(report.endpoints, lookup);
        for (const s of statements)
            for (const line of statementLines(s, context))
                yield `${line}\n`;
    }
    yield* section('warnings:', warningLines(report.diagnostics));
}
/** A statement, and the members of a side it folded into a count or a pattern. */
function* statementLines(s, context) {
    yield statementSentence(s, context);
    yield* memberLines([
        ['from', s.srcs],
        ['to', s.dsts],
    ], context);
}
/** Under a folded line: the names it stands for (up to a bound), where the line did not name them. */
function* memberLines(sides, context) {
    for (const [label, all] of sides) {
        const described = describeEndpointSet(all, context);
        if (!described.folded)
            continue;
        // Addresses are named exactly in the line, unless the line counted every member.
        const ids = described.text.endsWith(' endpoints')
            ? all
            : all.filter((id) => context.lookup(id)?.type !== 'external');
        const names = ids.map((id) => endpointName(id, context.lookup));
        const shown = names.slice(0, MEMBERS_SHOWN).join(', ');
        yield `  ${label}: ${shown}${ids.length > MEMBERS_SHOWN ? ` and ${ids.length - MEMBERS_SHOWN} more (--verbose lists every pair)` : ''}`;
    }
}
/** Several clusters: one section each. */
function* renderClustersText(clusters, options = {}) {
    for (const [i, c] of clusters.entries()) {
        if (i > 0)
            yield '\n';
        yield `== cluster ${c.name} ==\n`;
        yield* renderDiffText(c.report, options);
    }
}
/** A blank line and the title before the first line; nothing when there is no line. */
function* section(title, lines) {
    let first = true;
    for (const line of lines) {
        if (first)
            yield `\n${title}\n`;
        first = false;
        yield `${line}\n`;
    }
}
const text_REMAINING_TITLE = 'what remains (for each workload whose ingress or egress shrank: what it still accepts or reaches):';
/** The exposure section comes first: it is what a reviewer must see before any path. */
const EXPOSURE_TITLE = 'exposure (beyond the workloads in the manifests; a new pod is one whose labels no policy uses):';
function* exposureTextLines(report, context) {
    for (const line of exposureLines(report, context)) {
        yield `${line.text}${line.dependsOnUnreadable ? ' (depends on input that could not be read)' : ''}`;
        yield* becauseLines(line.reasons);
        if (line.moreReasons > 0)
            yield `  and ${line.moreReasons} more rules (see the paths below)`;
    }
}
/** Violations with their witnesses and because-lines, new findings, what was fixed or holds, and
 * the findings base already had. */
function* guardrailLines(view, oneRevision = false) {
    if (view.configErrors > 0)
        yield 'CONFIG ERRORS (see the warnings): the assertions they are in were not checked';
    if (view.incomplete)
        yield 'some manifests could not be read (see the warnings): these statuses leave out what they hold';
    for (const lines of view.violated)
        yield* assertionTextLines(lines);
    for (const f of view.newFindings)
        yield `${oneRevision ? 'finding' : 'new finding'} ${f.code} at ${f.file}:${f.line}: ${wordsText(f.message)} (${f.fix})`;
    for (const lines of view.passing)
        yield* assertionTextLines(lines);
    for (const f of view.oldFindings)
        yield `finding already at base ${f.code} at ${f.file}:${f.line}: ${wordsText(f.message)}`;
    if (view.violated.length + view.passing.length + view.newFindings.length + view.oldFindings.length === 0)
        yield 'nothing to check';
}
function* assertionTextLines(lines) {
    const { outcome } = lines;
    const label = outcome.status === 'newly-violated' || outcome.status === 'violated' ? lines.label.toUpperCase() : lines.label;
    yield `${label}: ${outcome.name} (expect ${outcome.expect}, ${outcome.file}:${outcome.line})`;
    for (const w of lines.witnesses) {
        yield `  ${w.text}`;
        for (const r of w.reasons)
            yield `    because ${reasonText(r)} (${r.revision} ${r.file}:${r.line})`;
        for (const n of w.notes)
            yield `    because ${n}`;
    }
    for (const n of lines.notes)
        yield `  ${n}`;
}
/** One line per group, its because-lines, and the members of its folded side. */
function* text_groupLines(changes, which, context) {
    for (const group of groupChanges(changes, which)) {
        yield partsSentenceFor(group, context);
        yield* becauseLines(group.reasons);
        if (group.pairs.length < 2)
            continue;
        yield* memberLines([
            ['from', [...new Set(group.pairs.map((p) => p.src))]],
            ['to', [...new Set(group.pairs.map((p) => p.dst))]],
        ], context);
    }
}
/** What enforcing a staged policy closes and opens. */
function* stagedLines(preview, context) {
    const closes = [...text_groupLines(preview.changes, 'closed', context)];
    const opens = [...text_groupLines(preview.changes, 'opened', context)];
    if (closes.length === 0 && opens.length === 0)
        yield 'no path changes';
    if (closes.length > 0)
        yield 'these paths close:';
    for (const line of closes)
        yield `  ${line}`;
    if (opens.length > 0)
        yield 'these paths open:';
    for (const line of opens)
        yield `  ${line}`;
}
/** Each change's sentence for the ports it opened (closed, or restricted differently), followed
 * by its because-lines. */
function* pairLines(changes, which, lookup) {
    for (const change of changes) {
        const parts = which === 'restricted' ? restrictionParts(change) : changeParts(change, which);
        if (parts === undefined)
            continue;
        yield partsSentence(change.src, parts, change.dst, lookup);
        const explains = which === 'restricted' ? restrictionExplains(change) : which;
        yield* becauseLines(change.because.filter((r) => r.explains === explains));
    }
}
function* becauseLines(reasons) {
    for (const r of reasons)
        yield `  because ${reasonText(r)} (${r.revision} ${r.file}:${r.line})`;
}
function* warningLines(diagnostics) {
    for (const d of diagnostics)
        yield `  ${diagnosticLine(d)}`;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Reads the command line into one typed value (DESIGN §5). Nothing else looks at argv.



class UsageError extends Error {
}
const USAGE = `Usage:
  netreach reach PATH...                         connectivity of one set of manifests
  netreach diff BASE_PATH HEAD_PATH              what changes from BASE to HEAD
  netreach diff --git BASE_REF [HEAD_REF] [PATH...]
                                                 the same, read from git revisions
                                                 (no HEAD_REF: the working tree)
  netreach check PATH... [--config FILE]         the assertions of .netreach.yaml on one set of
                                                 manifests, and its findings; exit 1 when an
                                                 assertion is violated or the config has errors
Options:
  --format text|markdown|json|sarif
                                output format (default: text; sarif with diff and check)
  --config FILE                 the repository config (default: .netreach.yaml in the current
                                directory, if there is one): assertions and findings join the
                                report, and without --fail-on a new violation exits 1
  -v, --verbose                 text: one sentence per pair, each with its because-lines
                                (default: one line per cause, the pairs folded under it)
  --ipblock-selects-pods        treat ipBlocks as also matching pods whose IP they cover
  --pod-cidr CIDR               the cluster's pod range(s), repeatable
  --default-namespace NAME      for manifests without metadata.namespace (default: default)
  --kustomize DIR               render this kustomization (globs allowed) with kustomize or
                                kubectl kustomize and evaluate what it renders; repeatable;
                                DIR is relative to each PATH (with --git: to the current directory)
  --kustomize-command auto|kustomize|kubectl
                                which renders (default auto: kustomize, else kubectl kustomize)
  --clusters merged|separate    separate: evaluate each kustomization as a cluster of its own
                                (default merged: everything is one cluster)
  --fail-on LIST                exit 1 when the report shows any of: opened (a path opened),
                                any-change (a path opened or closed), incomplete (some input
                                could not be read or was rejected), violated (an assertion of
                                the config is newly violated), finding (the change brings a
                                finding); comma-separated, e.g. --fail-on opened,incomplete
                                (default never; with a config that has assertions: violated)
  -h, --help                    show this help
  --version                     show the version
PATH is a file or a directory (searched recursively for .yaml, .yml and .json files); each
PATH must hold at least one manifest (with --git: in at least one of the two revisions).
Exit status: 0 when the report was produced, also when some documents were rejected (the
report lists them as warnings and says the verdict is incomplete); 1 when --fail-on says so
(the report is still printed) or when no report could be produced (an unreadable path, a PATH
or --kustomize that matches nothing); 2 for a usage error.`;
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            tokens: true,
            options: {
                format: { type: 'string', default: 'text' },
                'ipblock-selects-pods': { type: 'boolean', default: false },
                'pod-cidr': { type: 'string', multiple: true, default: [] },
                'default-namespace': { type: 'string', default: 'default' },
                kustomize: { type: 'string', multiple: true, default: [] },
                'kustomize-command': { type: 'string', default: 'auto' },
                clusters: { type: 'string', default: 'merged' },
                'fail-on': { type: 'string', multiple: true, default: [] },
                config: { type: 'string' },
                git: { type: 'boolean', default: false },
                verbose: { type: 'boolean', short: 'v', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', default: false },
            },
        });
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const { values, positionals, tokens } = parsed;
    // Positionals before `--` (after it, everything is a path, as git reads it).
    const terminator = tokens.findIndex((t) => t.kind === 'option-terminator');
    const beforeTerminator = terminator < 0 ? positionals.length : tokens.slice(0, terminator).filter((t) => t.kind === 'positional').length;
    if (values.help)
        return { command: 'help' };
    if (values.version)
        return { command: 'version' };
    const format = values.format;
    if (format !== 'text' && format !== 'markdown' && format !== 'json' && format !== 'sarif')
        throw new UsageError(`--format "${format}" is not one of text, markdown, json, sarif`);
    const podCidrs = (values['pod-cidr'] ?? []).map((text) => {
        const cidr = parseCidr(text);
        if (cidr === undefined)
            throw new UsageError(`--pod-cidr "${text}" is not a CIDR (e.g. 10.244.0.0/16)`);
        return cidr.range;
    });
    const defaultNamespace = values['default-namespace'];
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(defaultNamespace) || defaultNamespace.length > 63) {
        throw new UsageError(`--default-namespace "${defaultNamespace}" is not a valid namespace name`);
    }
    const kustomizeCommand = values['kustomize-command'];
    if (kustomizeCommand !== 'auto' && kustomizeCommand !== 'kustomize' && kustomizeCommand !== 'kubectl')
        throw new UsageError(`--kustomize-command "${kustomizeCommand}" is not one of auto, kustomize, kubectl`);
    const clusters = values.clusters;
    if (clusters !== 'merged' && clusters !== 'separate')
        throw new UsageError(`--clusters "${clusters}" is not merged or separate`);
    if (clusters === 'separate' && (values.kustomize ?? []).length === 0)
        throw new UsageError('--clusters separate needs --kustomize: each kustomization is one cluster');
    const failOn = parseFailOn(values['fail-on'] ?? []);
    if ('problem' in failOn)
        throw new UsageError(`--fail-on: ${failOn.problem}`);
    const common = {
        format,
        kustomize: values.kustomize ?? [],
        kustomizeCommand,
        clusters,
        ipBlockSelectsPods: values['ipblock-selects-pods'],
        podCidrs,
        defaultNamespace,
        failOn: failOn.conditions,
        failOnListed: (values['fail-on'] ?? []).length > 0,
        config: values.config,
        verbose: values.verbose,
    };
    const [command, ...args] = positionals;
    if (command === undefined)
        throw new UsageError('no command given: use reach, diff or check');
    if (command === 'check') {
        if (values.git)
            throw new UsageError('--git goes with diff, not check');
        if (args.length === 0)
            throw new UsageError('check needs at least one PATH');
        if (common.clusters === 'separate')
            throw new UsageError('--clusters separate goes with diff, not check');
        if (common.kustomize.length > 0 && args.length !== 1)
            throw new UsageError('--kustomize goes with one PATH, the directory the kustomizations are in');
        const changeCondition = common.failOn.find((c) => c === 'opened' || c === 'any-change');
        if (changeCondition !== undefined)
            throw new UsageError(`--fail-on ${changeCondition} goes with diff; check evaluates one revision`);
        return { command: 'check', paths: args, ...common };
    }
    if (command === 'reach') {
        if (values.git)
            throw new UsageError('--git goes with diff, not reach');
        if (format === 'sarif')
            throw new UsageError('--format sarif goes with diff and check (reach has no findings)');
        if (values.config !== undefined)
            throw new UsageError('--config goes with diff and check, not reach');
        const changeCondition = common.failOn.find((c) => c !== 'incomplete');
        if (changeCondition !== undefined)
            throw new UsageError(`--fail-on ${changeCondition} goes with diff; reach shows no change (use --fail-on incomplete)`);
        if (args.length === 0)
            throw new UsageError('reach needs at least one PATH');
        if (common.kustomize.length > 0 && args.length !== 1)
            throw new UsageError('--kustomize goes with one PATH, the directory the kustomizations are in');
        return { command: 'reach', paths: args, ...common };
    }
    if (command === 'diff') {
        if (values.git) {
            const [baseRef, ...rest] = args;
            if (baseRef === undefined)
                throw new UsageError('diff --git needs a BASE_REF');
            return { command: 'diff-git', baseRef, rest, pathsOnly: beforeTerminator <= 2, ...common };
        }
        if (args.length !== 2)
            throw new UsageError('diff needs exactly two paths: BASE_PATH HEAD_PATH (or --git BASE_REF [HEAD_REF])');
        return { command: 'diff', base: args[0], head: args[1], ...common };
    }
    throw new UsageError(`unknown command "${command}"`);
}

;// CONCATENATED MODULE: ./src/cli/kustomize-revision.ts

/**
 * `root` is the revision on disk; file names of `revision` are relative to it; `patterns` name
 * kustomization directories relative to it (globs allowed). Without patterns, kustomizations
 * among the files get a warning that suggests --kustomize, and their patches are left out.
 */
async function withKustomize(revision, root, patterns, ctx) {
    if (patterns.length === 0 || ctx === undefined) {
        const plain = readPlainKustomizations(revision.files, 'render it with --kustomize');
        return { ...revision, files: plain.files, diagnostics: [...(revision.diagnostics ?? []), ...plain.diagnostics] };
    }
    // A pattern that matches nothing in either revision is the shell's to report (it stops the run).
    const rendered = await renderKustomizations(root, expandKustomizations(root, patterns), ctx.parse, ctx.tool, revision.files.map((f) => f.path));
    return {
        ...revision,
        files: revision.files.filter((f) => !rendered.owns(f.path)),
        diagnostics: [...(revision.diagnostics ?? []), ...rendered.diagnostics],
        documents: [...(revision.documents ?? []), ...rendered.documents],
        byKustomization: rendered.byKustomization,
    };
}

;// CONCATENATED MODULE: ./src/manifests/path-coverage.ts
/** `what` names what a path should match, e.g. `manifest files` or `kustomizations`. */
function checkPathCoverage(matches, what) {
    const unmatched = [];
    const diagnostics = [];
    for (const m of matches) {
        if (!m.base && !m.head)
            unmatched.push(m.path);
        else if (m.base !== m.head) {
            const where = m.head ? 'only at head (added?)' : 'only at base (removed or moved?)';
            diagnostics.push({
                code: 'PATH_IN_ONE_REVISION',
                severity: 'warning',
                file: m.path,
                line: 0,
                message: `${m.path} matches ${what} ${where}; the other revision has none there`,
                fix: `nothing to do if ${m.path} was ${m.head ? 'added' : 'removed'} on purpose; otherwise check the path`,
            });
        }
    }
    return { unmatched, diagnostics };
}

;// CONCATENATED MODULE: ./src/cli/path-match-error.ts

class PathMatchError extends Error {
    lines;
    constructor(lines) {
        super(lines.join('\n'));
        this.lines = lines;
    }
}
/** Throws a PathMatchError naming every path that matched nothing; returns the warnings for those
 * that matched in one revision only. */
function requireMatches(matches, wording) {
    const coverage = checkPathCoverage(matches, wording.whatPlural);
    if (coverage.unmatched.length > 0) {
        throw new PathMatchError(coverage.unmatched.map((p) => `${wording.prefix ?? ''}${p} matches no ${wording.what}${wording.where === '' ? '' : ` ${wording.where}`}; ${wording.fix}`));
    }
    return coverage.diagnostics;
}

;// CONCATENATED MODULE: ./src/cli/read-paths.ts
// Reads the PATH arguments of one revision from disk, and says of each whether it held anything
// to read, so that a misspelt or empty path is an error rather than an empty cluster.


async function readPaths(paths, cwd, options = {}) {
    const files = [];
    const diagnostics = [];
    const found = [];
    for (const p of paths) {
        const root = external_node_path_default().resolve(cwd, p);
        const read = await readOrNothing(root, options.missingIsEmpty === true);
        const name = (f) => {
            const absolute = external_node_path_default().isAbsolute(f) ? f : external_node_path_default().join(root, f);
            if (options.nameOf !== undefined)
                return options.nameOf(absolute);
            if (absolute === root)
                return p;
            return (paths.length === 1 ? external_node_path_default().relative(root, absolute) : external_node_path_default().relative(cwd, absolute))
                .split((external_node_path_default()).sep)
                .join('/');
        };
        // One at a time: a directory may hold more files than a call takes arguments.
        for (const f of read.files)
            files.push({ ...f, path: name(f.path) });
        for (const d of read.diagnostics)
            diagnostics.push({ ...d, file: name(d.file), message: d.message.replace(d.file, name(d.file)) });
        found.push(read.files.length > 0 || read.diagnostics.length > 0);
    }
    return { files, diagnostics, found };
}
async function readOrNothing(root, missingIsEmpty) {
    try {
        return await readManifestPath(root);
    }
    catch (error) {
        if (missingIsEmpty && error.code === 'ENOENT')
            return { files: [], diagnostics: [] };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/cli/git-revisions.ts
// `netreach diff --git BASE_REF [HEAD_REF] [PATH...]`: reads both revisions from git (the head
// from the working tree when no HEAD_REF is given), renders their kustomizations, and checks
// per revision that each PATH and --kustomize pattern matches something there.











const git_revisions_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/** `pathsOnly`: `--` came before `rest`, so none of it is a HEAD_REF (as git reads `--`). */
async function readGitRevisions(baseRef, rest, cwd, kustomize, ctx, pathsOnly = false) {
    let top;
    try {
        top = (await git_revisions_run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
    }
    catch {
        throw new GitError(`${cwd} is not inside a git repository: run netreach diff --git from a clone`);
    }
    const { headRef, paths } = pathsOnly ? { headRef: undefined, paths: rest } : await splitHeadRef(baseRef, rest, cwd);
    const toTop = (absolute) => external_node_path_default().relative(top, absolute).split((external_node_path_default()).sep).join('/');
    // The paths as git names them (from the top), to tell which files each one matched.
    const prefixes = (paths.length === 0 ? ['.'] : paths).map((p) => toTop(external_node_path_default().resolve(cwd, p)));
    const matched = (revision) => {
        const names = revision.files.map((f) => f.path).concat((revision.diagnostics ?? []).map((d) => d.file));
        return prefixes.map((prefix) => names.some((f) => isUnder(f, prefix)));
    };
    const blobs = new Map();
    // Kustomizations are named relative to the current directory; the revisions' files, to the top.
    const patterns = kustomize.map((p) => toTop(external_node_path_default().resolve(cwd, p)) || '.');
    const temp = patterns.length > 0 ? await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'netreach-')) : undefined;
    try {
        const commit = async (ref) => {
            const sha = await resolveCommit(ref, cwd);
            const read = await readGitRevision(sha, cwd, { paths, blobs });
            const revision = { label: `${ref} (${sha.slice(0, 12)})`, ...read };
            if (temp === undefined)
                return { revision: await withKustomize(revision, top, [], undefined), paths: matched(revision), kustomize: [] };
            const tree = await checkout(sha, top, temp);
            return {
                revision: await withKustomize(revision, tree, patterns, ctx),
                paths: matched(revision),
                kustomize: matchKustomizations(tree, patterns),
            };
        };
        const base = await commit(baseRef);
        let head;
        if (headRef !== undefined) {
            head = await commit(headRef);
        }
        else {
            // The working tree, named relative to the repository top like git's paths. A PATH missing
            // there may still be in the base revision.
            const read = await readPaths(paths.length === 0 ? ['.'] : paths, cwd, { nameOf: toTop, missingIsEmpty: true });
            const revision = { label: 'working tree', files: read.files, diagnostics: read.diagnostics };
            head = {
                revision: await withKustomize(revision, top, patterns, temp === undefined ? undefined : ctx),
                paths: read.found,
                kustomize: matchKustomizations(top, patterns),
            };
        }
        const where = `at ${base.revision.label} or ${headRef === undefined ? 'in the working tree' : `at ${head.revision.label}`}`;
        const warnings = [
            ...requireMatches((paths.length === 0 ? ['.'] : paths).map((p, i) => ({
                path: p,
                base: base.paths[i] === true,
                head: head.paths[i] === true,
            })), {
                what: 'manifest file (.yaml, .yml or .json)',
                whatPlural: 'manifest files',
                where,
                fix: 'check the path (relative to the current directory)',
            }),
            ...requireMatches(kustomize.map((p, i) => ({ path: p, base: base.kustomize[i] === true, head: head.kustomize[i] === true })), {
                what: 'kustomization',
                whatPlural: 'kustomizations',
                where,
                fix: 'name directories that hold a kustomization.yaml (relative to the current directory)',
                prefix: '--kustomize ',
            }),
        ];
        return [base.revision, { ...head.revision, diagnostics: [...warnings, ...(head.revision.diagnostics ?? [])] }];
    }
    finally {
        if (temp !== undefined)
            await (0,promises_namespaceObject.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * The first argument after BASE_REF is HEAD_REF when it is not a path, on disk or in the base
 * revision (a path deleted from the working tree is still a path), but is a revision.
 */
async function splitHeadRef(baseRef, rest, cwd) {
    const [first] = rest;
    if (first === undefined || (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().resolve(cwd, first)))
        return { headRef: undefined, paths: rest };
    try {
        await resolveCommit(first, cwd);
        return { headRef: first, paths: rest.slice(1) };
    }
    catch {
        if (await isPathAt(baseRef, first, cwd))
            return { headRef: undefined, paths: rest };
        throw new GitError(`"${first}" is neither a git revision nor a path in the working tree or at ${baseRef}: fetch the revision (git fetch origin ${first}) or check the path`);
    }
}
/** Whether `file` (relative to `cwd`) names a file or directory in the tree of `ref`. */
async function isPathAt(ref, file, cwd) {
    const relative = external_node_path_default().relative(cwd, external_node_path_default().resolve(cwd, file)).split((external_node_path_default()).sep).join('/');
    // `REF:./PATH` is relative to the current directory; `REF:./` is the directory itself.
    const spec = `${ref}:./${relative === '' ? '' : relative}`;
    try {
        await git_revisions_run('git', ['cat-file', '-e', spec], { cwd });
        return true;
    }
    catch {
        return false;
    }
}
/** Whether a repository path is `prefix` or below it, the way git matches a pathspec. */
function isUnder(file, prefix) {
    return prefix === '' || file === prefix || file.startsWith(`${prefix}/`);
}
/** Writes the whole tree of a commit (run from the repository top) into a new directory under `temp`, for
 * Kustomize to read. */
async function checkout(sha, cwd, temp) {
    const dir = external_node_path_default().join(temp, sha);
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const archive = external_node_path_default().join(temp, `${sha}.tar`);
    try {
        await git_revisions_run('git', ['archive', '--format=tar', '-o', archive, sha], { cwd });
        await git_revisions_run('tar', ['-xf', archive, '-C', dir]);
    }
    catch (error) {
        const detail = (error.stderr ?? error.message).trim().split('\n')[0];
        throw new GitError(`could not write the tree of ${sha.slice(0, 12)} for Kustomize to render (${detail}); check that the clone is complete (git fsck)`);
    }
    return dir;
}

;// CONCATENATED MODULE: ./src/manifests/overlays-in-one-revision.ts
/** `base` and `head` are the listed kustomization directories each revision has (the keys of
 * its rendered `byKustomization`). */
function overlaysInOneRevision(base, head) {
    const before = new Set(base);
    const after = new Set(head);
    const only = (dirs, other) => [...dirs].filter((d) => !other.has(d)).sort();
    return [
        ...only(after, before).map((d) => warning(d, 'added')),
        ...only(before, after).map((d) => warning(d, 'removed')),
    ];
}
function warning(dir, change) {
    const [has, lacks] = change === 'added' ? ['head', 'base'] : ['base', 'head'];
    return {
        code: 'KUSTOMIZATION_IN_ONE_REVISION',
        severity: 'warning',
        file: dir,
        line: 0,
        message: `the kustomization ${dir} exists at ${has} only: what it renders is a part of the cluster ${change} by this change (its workloads count as ${change === 'added' ? 'new' : 'gone'})`,
        fix: `nothing to do if ${dir} was ${change} on purpose; otherwise check that ${lacks} has it where --kustomize (the action's kustomize input) looks`,
    };
}

;// CONCATENATED MODULE: ./src/report/batch-chunks.ts
// Gathers a renderer's small chunks (a line, one JSON object) into pieces of about `size`
// characters, so a writer makes one write call per piece, not per line, and never holds more
// than one piece.
/** 64 KiB: the default high-water mark of a Node stream, so one piece fills its buffer once. */
const BATCH_CHARACTERS = 64 * 1024;
function* batchChunks(chunks, size = BATCH_CHARACTERS) {
    let piece = '';
    for (const chunk of chunks) {
        piece += chunk;
        if (piece.length >= size) {
            yield piece;
            piece = '';
        }
    }
    if (piece !== '')
        yield piece;
}

;// CONCATENATED MODULE: ./src/cli/output.ts
// Writes a report to the CLI's stdout as the renderer produces it: in pieces of about 64 KiB,
// each awaited before the next (a pipe's write is asynchronous in Node, and awaiting it keeps
// memory bounded and the order intact). A reader that goes away early (`| head -1`) ends the
// writing quietly, as a closed pipe does for other tools.

async function writeChunks(chunks, sink) {
    try {
        for (const piece of batchChunks(chunks))
            await sink(piece);
    }
    catch (error) {
        if (error.code === 'EPIPE')
            return;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI shell: reads the command line and the files, runs the pure pipeline, writes the
// report as it is rendered. Returns the exit status instead of exiting, so tests can call it:
// 0 report produced, 1 `--fail-on` met or no report possible, 2 usage error (DESIGN §5).

























const MANIFEST = 'manifest file (.yaml, .yml or .json)';
async function runCli(argv, io) {
    try {
        const command = parseCommandLine(argv);
        switch (command.command) {
            case 'help':
                await io.stdout(`${USAGE}\n`);
                return 0;
            case 'version':
                await io.stdout(`${io.version}\n`);
                return 0;
            case 'reach': {
                const ctx = await kustomizeContext(command);
                const read = await readPaths(command.paths, io.cwd);
                const root = external_node_path_default().resolve(io.cwd, command.paths[0] ?? '.');
                const found = (i) => read.found[i] === true;
                requireMatches(command.paths.map((p, i) => ({ path: p, base: found(i), head: found(i) })), { what: MANIFEST, whatPlural: 'manifest files', where: '', fix: 'check the path' });
                const kustomized = matchKustomizations(root, command.kustomize);
                requireMatches(command.kustomize.map((p, i) => ({ path: p, base: kustomized[i] === true, head: kustomized[i] === true })), kustomizeWording('', command.paths[0] ?? '.'));
                const revision = await withKustomize({ label: '', ...read }, root, command.kustomize, ctx);
                const report = reach(revision.files, evaluationOptions(command), revision.documents, ctx.parse);
                const withRead = { ...report, diagnostics: [...(revision.diagnostics ?? []), ...report.diagnostics] };
                await writeChunks(renderReach(withRead, command), io.stdout);
                return exitStatus(command.failOn, reachSummary(withRead), io);
            }
            case 'check': {
                const config = await loadConfig(command, io.cwd);
                if (config === undefined)
                    throw new PathMatchError([
                        `check needs a repository config: there is no .netreach.yaml in ${io.cwd}; write one (see the README, "Guardrails") or pass --config FILE`,
                    ]);
                const ctx = await kustomizeContext(command);
                const read = await readPaths(command.paths, io.cwd);
                const root = external_node_path_default().resolve(io.cwd, command.paths[0] ?? '.');
                const found = (i) => read.found[i] === true;
                requireMatches(command.paths.map((p, i) => ({ path: p, base: found(i), head: found(i) })), { what: MANIFEST, whatPlural: 'manifest files', where: '', fix: 'check the path' });
                const revision = await withKustomize({ label: command.paths.join(' '), ...read }, root, command.kustomize, ctx);
                // One revision compared with itself: every violation is there "still", every finding is
                // this revision's own.
                const compared = compareRevisions(withoutConfig(revision, config), withoutConfig(revision, config), evaluationOptions(command), undefined, ctx.parse, config);
                const report = { ...compared, findings: (compared.findings ?? []).map((f) => ({ ...f, new: true })) };
                await writeChunks(renderCheck(report, command, io.version), io.stdout);
                const violations = (report.assertions ?? []).filter((a) => a.status !== 'held' && a.status !== 'fixed').length;
                const summary = {
                    ...reachSummary(report),
                    violations,
                    oneRevision: true,
                    newFindings: report.findings.length,
                    configErrors: report.configErrors ?? 0,
                };
                return exitStatus([...new Set(['violated', ...command.failOn])], summary, io, command.failOnListed ? command.failOn : ['violated'], 'check: ');
            }
            case 'diff': {
                const ctx = await kustomizeContext(command);
                const [base, head] = await readTwoPaths(command.base, command.head, command.kustomize, io.cwd);
                const baseRevision = await withKustomize(base, external_node_path_default().resolve(io.cwd, command.base), command.kustomize, ctx);
                const headRevision = await withKustomize(head, external_node_path_default().resolve(io.cwd, command.head), command.kustomize, ctx);
                return await writeDiffs(labelled(baseRevision, ctx), labelled(headRevision, ctx), command, ctx, io);
            }
            case 'diff-git': {
                const ctx = await kustomizeContext(command);
                const [base, head] = await readGitRevisions(command.baseRef, command.rest, io.cwd, command.kustomize, ctx, command.pathsOnly);
                return await writeDiffs(labelled(base, ctx), labelled(head, ctx), command, ctx, io);
            }
        }
    }
    catch (error) {
        return failure(error, io);
    }
}
/** The exit status and message of what stopped the run; anything else is a bug, rethrown. */
function failure(error, io) {
    if (error instanceof UsageError) {
        io.stderr(`netreach: ${error.message}\n\n${USAGE}\n`);
        return 2;
    }
    if (error instanceof PathMatchError) {
        io.stderr(error.lines.map((l) => `netreach: ${l}\n`).join(''));
        return 1;
    }
    if (error instanceof GitError) {
        io.stderr(`netreach: ${error.message}\n`);
        return 1;
    }
    const code = error.code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR') {
        const file = error.path ?? '';
        io.stderr(`netreach: cannot read ${file}: ${code === 'ENOENT' ? 'no such file or directory; check the path' : code === 'ENOTDIR' ? 'not a directory' : 'permission denied'}\n`);
        return 1;
    }
    throw error;
}
/** 1 when the report meets a condition of --fail-on (or the repository config has errors),
 * saying which on stderr; else 0. */
function exitStatus(failOn, summary, io, shown = failOn, prefix = '') {
    const broken = configFailure(summary);
    const reasons = [...(broken === undefined ? [] : [broken]), ...failureReasons(failOn, summary)];
    if (reasons.length === 0)
        return 0;
    io.stderr(`netreach: ${prefix}${reasons.join('; ')} (--fail-on ${shown.length === 0 ? 'never' : shown.join(',')})\n`);
    return 1;
}
/** --config FILE, or `.netreach.yaml` in the current directory when there is one. */
async function loadConfig(o, cwd) {
    const file = o.config ?? '.netreach.yaml';
    const full = external_node_path_default().resolve(cwd, file);
    if (o.config === undefined && !(0,external_node_fs_namespaceObject.existsSync)(full))
        return undefined;
    const text = await (0,promises_namespaceObject.readFile)(full, 'utf8');
    return { ...readRepositoryConfig({ path: file, text }), text };
}
/** The revision without the config file, when a PATH holds it: it is not a manifest. */
function withoutConfig(revision, config) {
    if (config === undefined)
        return revision;
    const name = external_node_path_default().basename(config.file);
    const files = revision.files.filter((f) => !(external_node_path_default().basename(f.path) === name && (f.text === config.text || f.path === config.file)));
    return files.length === revision.files.length ? revision : { ...revision, files };
}
function reachSummary(report) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    return {
        opened: 0,
        closed: 0,
        incomplete: isIncomplete(report.diagnostics),
        unreadableFiles: new Set(errors.map((d) => d.file)).size,
    };
}
/** `diff BASE_PATH HEAD_PATH`: each is one revision; both empty is an error, one empty a warning. */
async function readTwoPaths(basePath, headPath, kustomize, cwd) {
    const base = await readPaths([basePath], cwd);
    const head = await readPaths([headPath], cwd);
    const baseFound = base.found[0] === true;
    const headFound = head.found[0] === true;
    if (!baseFound && !headFound)
        throw new PathMatchError([`neither ${basePath} nor ${headPath} holds a ${MANIFEST}; check the paths`]);
    const warnings = [];
    if (baseFound !== headFound) {
        const [empty, other] = baseFound ? [headPath, basePath] : [basePath, headPath];
        warnings.push({
            code: 'PATH_IN_ONE_REVISION',
            severity: 'warning',
            file: empty,
            line: 0,
            message: `${empty} holds no ${MANIFEST}, so every workload of ${other} counts as ${baseFound ? 'removed' : 'added'}`,
            fix: `nothing to do if ${empty} is meant to be empty; otherwise check the path`,
        });
    }
    const baseKustomized = kustomize.length === 0 ? [] : matchKustomizations(external_node_path_default().resolve(cwd, basePath), kustomize);
    const headKustomized = kustomize.length === 0 ? [] : matchKustomizations(external_node_path_default().resolve(cwd, headPath), kustomize);
    const where = `in ${basePath} or ${headPath}`;
    const kustomizeWarnings = requireMatches(kustomize.map((p, i) => ({ path: p, base: baseKustomized[i] === true, head: headKustomized[i] === true })), kustomizeWording(where, 'BASE_PATH and HEAD_PATH'));
    return [
        { label: basePath, files: base.files, diagnostics: base.diagnostics },
        { label: headPath, files: head.files, diagnostics: warnings.concat(kustomizeWarnings, head.diagnostics) },
    ];
}
function kustomizeWording(where, relativeTo) {
    return {
        what: 'kustomization',
        whatPlural: 'kustomizations',
        where,
        fix: `name directories that hold a kustomization.yaml, relative to ${relativeTo}`,
        prefix: '--kustomize ',
    };
}
async function kustomizeContext(o) {
    const parse = createDocumentParser({ keepPositions: needsPositions });
    if (o.kustomize.length === 0)
        return { parse, tool: undefined, rendered: false };
    return { parse, tool: await findKustomize(o.kustomizeCommand), rendered: true };
}
/** Says in the revision's name which tool rendered it. */
function labelled(revision, ctx) {
    return ctx.rendered && ctx.tool !== undefined
        ? { ...revision, label: `${revision.label}, rendered with ${ctx.tool.label}` }
        : revision;
}
function evaluationOptions(o) {
    return { defaultNamespace: o.defaultNamespace, ipBlockSelectsPods: o.ipBlockSelectsPods, podCidrs: o.podCidrs };
}
async function writeDiffs(base, readHead, o, ctx, io) {
    const config = await loadConfig(o, io.cwd);
    // A listed overlay that only one revision has is a part of the cluster added or removed.
    const oneSided = overlaysInOneRevision(base.byKustomization?.keys() ?? [], readHead.byKustomization?.keys() ?? []);
    const head = oneSided.length === 0 ? readHead : { ...readHead, diagnostics: [...oneSided, ...(readHead.diagnostics ?? [])] };
    if (o.clusters === 'separate') {
        if (config !== undefined)
            io.stderr(`netreach: ${config.file} is not evaluated with --clusters separate; its assertions and findings are not in this report\n`);
        if (o.format === 'sarif')
            throw new UsageError('--format sarif goes with --clusters merged');
        const clusters = compareClusters(base, head, evaluationOptions(o), ctx.parse);
        await writeChunks(renderClusters(clusters, o), io.stdout);
        const summaries = clusters.map((c) => summarizeDiff(c.report));
        const sum = (f) => summaries.reduce((n, s) => n + f(s), 0);
        return exitStatus(o.failOn, {
            opened: sum((s) => s.opened),
            closed: sum((s) => s.closed),
            restricted: sum((s) => s.restricted),
            loosened: sum((s) => s.loosened),
            exposureOpened: sum((s) => s.exposureOpened),
            exposureClosed: sum((s) => s.exposureClosed),
            incomplete: summaries.some((s) => s.incomplete),
            unreadableFiles: sum((s) => s.unreadableFiles),
        }, io);
    }
    const report = compareRevisions(withoutConfig(base, config), withoutConfig(head, config), evaluationOptions(o), undefined, ctx.parse, config);
    await writeChunks(renderDiff(report, o, io.version), io.stdout);
    const failOn = effectiveFailOn(o.failOnListed ? o.failOn : undefined, (config?.assertions.length ?? 0) > 0);
    return exitStatus(failOn, summarizeDiff(report), io);
}
function renderReach(report, o) {
    return o.format === 'json'
        ? renderReachJson(report)
        : o.format === 'markdown' || o.format === 'sarif'
            ? renderReachMarkdown(report)
            : renderReachText(report, { verbose: o.verbose });
}
function renderDiff(report, o, version) {
    if (o.format === 'sarif')
        return renderDiffSarif(report, { version });
    return o.format === 'json'
        ? renderDiffJson(report)
        : o.format === 'markdown'
            ? renderDiffMarkdown(report)
            : renderDiffText(report, { verbose: o.verbose });
}
function renderCheck(report, o, version) {
    if (o.format === 'sarif')
        return renderDiffSarif(report, { version });
    return o.format === 'json'
        ? renderDiffJson(report)
        : o.format === 'markdown'
            ? renderCheckMarkdown(report)
            : renderCheckText(report);
}
function renderClusters(clusters, o) {
    return o.format === 'json'
        ? renderClustersJson(clusters)
        : o.format === 'markdown'
            ? renderClustersMarkdown(clusters)
            : renderClustersText(clusters, { verbose: o.verbose });
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// Entry of the `netreach` CLI (bundled to dist/cli.js).


const VERSION = '0.1.0';
/**
 * Writes to stdout, resolving once the stream can take more: on a pipe, Node writes
 * asynchronously, so a large report must wait for 'drain' rather than pile up in memory. When
 * the reader has gone (`| head -1`), the write rejects with EPIPE, which ends the output quietly.
 */
function stdoutSink() {
    let broken;
    process.stdout.on('error', (error) => {
        broken = error;
    });
    return async (text) => {
        if (broken !== undefined)
            throw broken;
        if (process.stdout.write(text))
            return;
        await (0,external_node_events_namespaceObject.once)(process.stdout, 'drain'); // rejects when the stream errs meanwhile
    };
}
runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: stdoutSink(),
    stderr: (text) => process.stderr.write(text),
    version: VERSION,
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`netreach: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
});

