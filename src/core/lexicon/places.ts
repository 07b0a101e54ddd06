// Countries, US states, Canadian provinces and cities often in the news. A place is never a person and
// never "he" or "she"; when it speaks ("India said") it stands for its government. Lowercased.
import { wordSet } from './word-set';

export const PLACES: ReadonlySet<string> = wordSet(
  [
    // countries and common short forms
    'afghanistan|albania|algeria|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh',
    'belarus|belgium|bolivia|bosnia|brazil|britain|bulgaria|cambodia|cameroon|canada|chile|china|colombia',
    'congo|croatia|cuba|cyprus|czechia|denmark|ecuador|egypt|england|eritrea|estonia|ethiopia|finland|france',
    'gaza|georgia|germany|ghana|greece|guatemala|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq',
    'ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|korea|kosovo|kuwait|laos|latvia|lebanon|libya',
    'lithuania|luxembourg|malaysia|mali|malta|mexico|moldova|mongolia|morocco|mozambique|myanmar|nepal',
    'netherlands|nicaragua|niger|nigeria|north korea|norway|oman|pakistan|palestine|panama|paraguay|peru',
    'philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|scotland|senegal|serbia|singapore',
    'slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|sweden|switzerland',
    'syria|taiwan|tanzania|thailand|tunisia|turkey|uganda|ukraine|united arab emirates|united kingdom',
    'united states|uruguay|uzbekistan|venezuela|vietnam|wales|yemen|zambia|zimbabwe|u.s.|us|usa|u.k.|uk|uae',
    // US states
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois',
    'indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi',
    'missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina',
    'north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas',
    'utah|vermont|virginia|washington|west virginia|wisconsin|wyoming',
    // Canadian provinces and territories
    'alberta|british columbia|manitoba|new brunswick|newfoundland|nova scotia|nunavut|ontario',
    'prince edward island|quebec|québec|saskatchewan|yukon',
    // cities
    'amsterdam|ankara|athens|atlanta|baghdad|bangkok|barcelona|beijing|beirut|berlin|bogota|boston|brussels',
    'budapest|buenos aires|cairo|calgary|chicago|damascus|dallas|delhi|detroit|dhaka|dubai|dublin|edmonton',
    'geneva|halifax|hamilton|havana|helsinki|hong kong|houston|istanbul|jakarta|jerusalem|kabul|karachi',
    'kyiv|kiev|lagos|lisbon|london|los angeles|madrid|manila|melbourne|mexico city|miami|milan|montreal',
    'moscow|mumbai|munich|nairobi|new delhi|oslo|ottawa|paris|philadelphia|prague|regina|riyadh|rome',
    'san francisco|santiago|saskatoon|seattle|seoul|shanghai|singapore|stockholm|surrey|sydney|taipei',
    'tehran|tel aviv|tokyo|toronto|vancouver|victoria|vienna|warsaw|winnipeg',
  ].join('|'),
  '|',
);
