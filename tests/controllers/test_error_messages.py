"""Store failures reach people as one sentence in their language, naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from shiboken6 import Shiboken

from controllers.error_messages import user_message
from controllers.language_controller import LanguageController
from models.errors import (
    DatabaseLocationError,
    NewerSchemaError,
    StoreErrorKind,
    StoreInternalError,
    ValidationError,
)
from tests.models.store import failures

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

# failure -> (English sentence start, Chinese sentence start)
SCENARIOS = {
    failures.busy_write: ("The database is in use by another program", "数据库正被其他程序占用"),
    failures.read_only_write: ("The database cannot be written because it is read-only",
                               "数据库为只读，无法写入"),
    failures.disk_full_write: ("The database could not be written because the disk is full",
                               "磁盘已满，无法写入数据库"),
    failures.damaged_open: ("The database file is damaged", "数据库文件已损坏"),
}  # fmt: skip


@pytest.fixture
def languages(qapp):
    controller = LanguageController(TRANSLATIONS)
    yield controller
    controller.set_language("en")
    Shiboken.delete(controller)  # its translators go with it


@pytest.mark.parametrize("make_failure", list(SCENARIOS), ids=lambda f: f.__name__)
def test_each_failure_has_its_sentence_in_english_and_chinese(make_failure, tmp_path, languages):
    error = make_failure(tmp_path)
    english, chinese = SCENARIOS[make_failure]
    languages.set_language("en")
    assert user_message(error).startswith(english)
    assert str(error.path) in user_message(error)
    languages.set_language("zh")
    assert user_message(error).startswith(chinese)
    assert str(error.path) in user_message(error)


def test_every_kind_has_a_chinese_sentence_of_its_own(languages):
    languages.set_language("zh")
    path = Path("/data/warroom.sqlite")
    sentences = {
        kind: user_message(DatabaseLocationError(kind, path))
        for kind in StoreErrorKind
        if kind is not StoreErrorKind.INTERNAL
    }
    assert all(str(path) in text for text in sentences.values())
    assert all(not text.startswith("The ") for text in sentences.values()), sentences
    specific = [kind for kind in sentences if kind is not StoreErrorKind.CANNOT_OPEN]
    cannot_open = sentences[StoreErrorKind.CANNOT_OPEN]
    assert all(sentences[kind] != cannot_open for kind in specific)


def test_internal_errors_say_so_without_the_sql(languages):
    error = StoreInternalError(None, "FOREIGN KEY constraint failed", constraint=True)
    languages.set_language("en")
    assert "internal error" in user_message(error) and "FOREIGN KEY" not in user_message(error)
    languages.set_language("zh")
    assert user_message(error) == "作战室数据库发生内部错误，详细信息已写入日志。"


def test_a_database_in_memory_is_named_as_such(languages):
    languages.set_language("zh")
    assert user_message(NewerSchemaError(None, "0099_x")).endswith("内存中的数据库")


def test_other_errors_keep_their_own_text_and_str_stays_english(languages):
    languages.set_language("zh")
    assert user_message(ValidationError("已写好的句子")) == "已写好的句子"
    error = NewerSchemaError(Path("/data/w.sqlite"), "0099_x")
    assert str(error).startswith("This database was written by a newer version of War Room")
