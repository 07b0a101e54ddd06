// Class or id words of boxes that sit inside article bodies on real sites: related links, share bars,
// comments, newsletter sign-ups, ads, tags. Data for names-non-article-box.ts, which matches them against whole class
// tokens split on - and _, so "article-body" or "content" never match while "related-stories" or
// "c-share-bar" do. Lower case; a word may hold a hyphen ("read-more" and "readmore" are both listed).
export const NON_ARTICLE_WORDS: readonly string[] = [
  'related', 'recirc', 'recirculation', 'more-stories', 'morestories', 'read-more', 'readmore',
  'also', 'share', 'sharing', 'social', 'sharebar', 'comment', 'comments', 'disqus',
  'newsletter', 'signup', 'subscribe', 'subscription', 'promo', 'promotion',
  'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsored', 'outbrain', 'taboola',
  'sidebar', 'breadcrumb', 'breadcrumbs', 'tags', 'taglist', 'toolbar', 'byline', 'author-bio',
  'authorbio', 'modal', 'popup', 'cookie', 'consent', 'caption', 'credit', 'embed', 'embedded',
  'interactive', 'tweet', 'instagram', 'video-player', 'videoplayer', 'gallery', 'most-read',
  'mostread', 'trending', 'popular', 'topics', 'brief', 'briefs', 'ticker', 'marquee', 'teaser',
  'teasers', 'more-news', 'morenews', 'latest-news', 'latestnews', 'headlines', 'discussion',
  'replies', 'responses', 'community',
]; // prettier-ignore
