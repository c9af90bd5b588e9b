/**
 * Every Korean string the site shows: labels, ARIA labels and messages.
 * Prose lives in content/; components read strings through `t()`.
 */

/** The one locale of the site, for `<html lang>` and `Intl`. */
export const LOCALE = 'ko-KR';

/** The language tag written into `<html lang>`. */
export const HTML_LANG = 'ko';

export const strings = {
  'site.title': 'Wasserstein GAN 논문 리뷰',
  'site.description': 'Wasserstein GAN(Arjovsky, Chintala, Bottou, 2017)을 수식과 직접 움직여 보는 그림으로 읽는 한국어 리뷰',
  'nav.home': '처음으로',
  'nav.tags': '태그',
  'nav.skipToContent': '본문으로 건너뛰기',
  'nav.primary': '사이트 메뉴',
  'home.heading': '글 목록',
  'home.empty': '아직 게시된 글이 없습니다.',
  'post.published': '작성일',
  'post.readingTime': '읽는 데 약 {minutes}분',
  'post.tags': '태그',
  'post.toc': '목차',
  'post.backToList': '글 목록으로',
  'post.inProgress': '작성 중',
  'post.inProgressNote': '저자가 이 부분을 아직 쓰고 있습니다.',
  'post.figurePending': '그림 준비 중',
  'tags.heading': '태그',
  'tags.postsTagged': '“{tag}” 태그가 붙은 글',
  'tags.count': '글 {count}편',
  'notFound.title': '페이지를 찾을 수 없습니다',
  'notFound.body': '주소가 바뀌었거나 없는 페이지입니다. 아래 링크에서 글 목록으로 돌아가세요.',
  'footer.source': '원문: Jekyll 블로그 글을 옮겨 왔습니다.',
  'math.scrollHint': '수식이 넓으면 옆으로 스크롤할 수 있습니다.',

  // Shared by all figures.
  'figure.loading': '그림을 불러오는 중입니다.',
  'figure.loadFailed': '그림을 움직이는 코드를 불러오지 못했습니다. 새로 고침해 보세요. 정적 그림은 그대로 볼 수 있습니다.',
  'figure.invalidUrlState': '주소의 {name} 값 “{value}”을(를) 읽을 수 없어 기본값 {fallback}(으)로 보여 줍니다. {hint}',

  // Figure: parallel-lines.

  // Figure: distance-explorer and earth-mover.

  // Figure: critic-vs-discriminator.

  // Reader features: numbering, citations, glossary, theme, search.
} as const;

export type StringKey = keyof typeof strings;

/**
 * Looks up a Korean string and fills its `{name}` placeholders. Throws a
 * `RangeError` when a placeholder has no value, so a missing argument shows up
 * in the build instead of as `{name}` on the page.
 */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new RangeError(`Missing value for {${name}} in the string "${key}".`);
    }
    return String(value);
  });
}
