import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Crc32Offload, type Crc32Channel } from '@shared/bundle/crc32-offload';
import { serveCrc32, type Crc32Reply, type Crc32Request } from '@shared/bundle/crc32-service';

/**
 * The real service on the far side of a channel whose messages wait until the test lets them
 * through: a worker that has fallen behind, under the test's control.
 */
function heldChannel(): {
  channel: Crc32Channel;
  inFlight: () => number;
  deliver: () => Promise<void>;
} {
  const requests: Crc32Request[] = [];
  let toService: ((request: Crc32Request) => void) | undefined;
  let toWriter: ((reply: Crc32Reply) => void) | undefined;
  serveCrc32({
    post: (reply) => toWriter?.(reply),
    listen: (onRequest) => (toService = onRequest),
  });
  return {
    channel: {
      post: (request) => void requests.push(structuredClone(request)),
      listen: (onReply) => (toWriter = onReply),
      close: () => undefined,
    },
    inFlight: () => requests.length,
    async deliver() {
      for (const request of requests.splice(0)) toService?.(request);
      // The service answers after its own awaits (the WebAssembly hash is created asynchronously).
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('Crc32Offload', () => {
  it('has at most its buffers in flight: a lagging worker holds the writer back', async () => {
    const { channel, inFlight, deliver } = heldChannel();
    const offload = new Crc32Offload(channel, 4, 1024);
    const crc = offload.start();
    const bytes = Uint8Array.from({ length: 10 * 1024 }, (_, i) => (i * 31) & 255);
    let accepted = false;
    const update = crc.update(bytes).then(() => (accepted = true));
    await tick();
    expect(inFlight()).toBe(4);
    expect(accepted).toBe(false);
    while (!accepted) {
      await deliver();
      expect(inFlight()).toBeLessThanOrEqual(4);
    }
    await update;
    const digest = crc.digest();
    await deliver();
    expect(await digest).toBe(zlibCrc32(bytes) >>> 0);
  });

  it('hashes two running CRCs apart, in whatever order their chunks interleave', async () => {
    const { channel, deliver } = heldChannel();
    const offload = new Crc32Offload(channel, 8, 64);
    const [a, b] = [offload.start(), offload.start()];
    const x = Uint8Array.from({ length: 200 }, (_, i) => i);
    const y = Uint8Array.from({ length: 150 }, (_, i) => 255 - i);
    await a.update(x.subarray(0, 100));
    await b.update(y);
    await a.update(x.subarray(100));
    const digests = Promise.all([b.digest(), a.digest()]);
    await deliver();
    expect(await digests).toEqual([zlibCrc32(y) >>> 0, zlibCrc32(x) >>> 0]);
  });
});
