import { connectionType } from "../../../shared/graphql/relay";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";

export const OkOceChapterConnection = connectionType("OkOceChapter", OkOceChapter);
