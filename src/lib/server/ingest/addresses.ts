import { BlockList, isIP } from 'node:net';

/**
 * Addresses a URL given by an editor may never reach: this machine, its private networks and
 * anything that is not one host on the public internet. From the IANA special-purpose
 * registries (RFC 6890 and successors) for IPv4 and IPv6.
 */
const IPV4_RANGES: [string, number][] = [
	['0.0.0.0', 8], // "this network"
	['10.0.0.0', 8], // private
	['100.64.0.0', 10], // carrier-grade NAT
	['127.0.0.0', 8], // loopback
	['169.254.0.0', 16], // link-local (cloud metadata lives here)
	['172.16.0.0', 12], // private
	['192.0.0.0', 24], // IETF protocol assignments
	['192.0.2.0', 24], // documentation
	['192.88.99.0', 24], // 6to4 relay anycast
	['192.168.0.0', 16], // private
	['198.18.0.0', 15], // benchmarking
	['198.51.100.0', 24], // documentation
	['203.0.113.0', 24], // documentation
	['224.0.0.0', 4], // multicast
	['240.0.0.0', 4] // reserved, and the broadcast address
];
const IPV6_RANGES: [string, number][] = [
	['::', 128], // unspecified
	['::1', 128], // loopback
	['64:ff9b::', 96], // NAT64: an IPv4 address in disguise
	['64:ff9b:1::', 48],
	['100::', 64], // discard
	['2001::', 23], // IETF protocol assignments (Teredo, ORCHID…)
	['2001:db8::', 32], // documentation
	['2002::', 16], // 6to4: an IPv4 address in disguise
	['fc00::', 7], // unique local
	['fe80::', 10], // link-local
	['fec0::', 10], // old site-local
	['ff00::', 8] // multicast
];

const blocked = new BlockList();
for (const [net, prefix] of IPV4_RANGES) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of IPV6_RANGES) blocked.addSubnet(net, prefix, 'ipv6');

/** An IPv4 address written inside IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1, ::127.0.0.1). */
function embeddedIpv4(address: string): string | null {
	const lower = address.toLowerCase();
	const dotted = /^::(?:ffff:(?:0:)?)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
	if (dotted) return dotted[1]!;
	const hex = /^::(?:ffff:(?:0:)?)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
	if (hex) {
		const hi = parseInt(hex[1]!, 16);
		const lo = parseInt(hex[2]!, 16);
		return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
	}
	return null;
}

/** Whether an IP address is one public host, fit for the server to fetch from. */
export function isPublicAddress(address: string): boolean {
	const family = isIP(address);
	if (family === 4) return !blocked.check(address, 'ipv4');
	if (family === 6) {
		const v4 = embeddedIpv4(address);
		if (v4) return isPublicAddress(v4);
		// An IPv4-compatible or mapped form the patterns above did not catch is never public.
		if (/^::(ffff:)?[0-9a-f:.]*$/i.test(address) && address !== '::') return false;
		return !blocked.check(address, 'ipv6');
	}
	return false;
}
