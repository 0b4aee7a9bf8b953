import { ApiError, buildQueryString } from '../../app/api-client.ts';

type QueryValue = string | number | boolean | null | undefined;

/** The file name a response names in its Content-Disposition (RFC 6266 `filename*`), else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      // a malformed name: use the fallback
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
}

/**
 * Fetches a file from the API and hands it to the browser as a download. Unlike a plain link, a refusal (a list
 * too long to export, a session that expired) comes back as an ApiError the page can show.
 */
export async function downloadFromApi(path: string, query: Record<string, QueryValue>, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}${buildQueryString(query)}`, { credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: ApiError['details'] } } | null;
    const code = (payload?.error?.code ?? 'INTERNAL') as ApiError['code'];
    throw new ApiError(response.status, code, payload?.error?.message ?? response.statusText, payload?.error?.details ?? []);
  }
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
