// Requests per second and latency of `next start` serving an article, from autocannon on
// loopback: 50 connections for 10 seconds, then it stops by itself.
import autocannon from 'autocannon';

export async function measureHttp(
  base,
  path = '/blog/microsoft-exchange-email-attacks-more-damaging',
) {
  const result = await autocannon({ url: base + path, connections: 50, duration: 10 });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
