<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delegation Planner</source>
        <translation>關於 Delegation Planner</translation>
    </message>
    <message>
        <source>Delegation Planner {version}
Plan a film-market delegation's week: programme, meetings, calendars and itineraries.</source>
        <translation>Delegation Planner {version}
規劃電影市場代表團的一週：節目、會議、行事曆及行程表。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Settings: {config}
Log and crash reports: {logs}</source>
        <translation>設定：{config}
記錄檔及當機報告：{logs}</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>複製版本資料(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>ActivitiesSection</name>
    <message>
        <source>&amp;New activity…</source>
        <translation>新增活動(&amp;N)…</translation>
    </message>
    <message>
        <source>A new activity on the day shown, opened in the inspector</source>
        <translation>在顯示的日子新增活動，並在檢查器中打開</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>Search title, venue, attendee…</source>
        <translation>搜尋標題、場地、出席者…</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>搜尋活動</translation>
    </message>
    <message>
        <source>Activities of the day</source>
        <translation>當日活動</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;tentative</source>
        <translation>標為暫定(&amp;T)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消活動(&amp;N)</translation>
    </message>
    <message>
        <source>Move 15 min &amp;earlier</source>
        <translation>提早 15 分鐘(&amp;E)</translation>
    </message>
    <message>
        <source>Move 15 min &amp;later</source>
        <translation>延後 15 分鐘(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>New activity</source>
        <translation>新活動</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>No venue (a flight, a call…)</source>
        <translation>沒有場地（航班、電話會議…）</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>場地(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>會議室(&amp;R)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>時區(&amp;Z)</translation>
    </message>
    <message>
        <source>At a venue, the venue's zone; without one, the activity's own</source>
        <translation>在場地舉行時用場地的時區；沒有場地時用活動本身的時區</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>結束(&amp;E)</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建議中</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>暫定</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>狀態(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>優先次序(&amp;P)</translation>
    </message>
    <message>
        <source>5 matters most</source>
        <translation>5 為最重要</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>代表(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>沒有項目</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>項目(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Interpreting</source>
        <translation>傳譯(&amp;I)</translation>
    </message>
    <message>
        <source>Interpreted b&amp;y</source>
        <translation>傳譯員(&amp;Y)</translation>
    </message>
    <message>
        <source>The two languages it needs an interpreter between; empty: none</source>
        <translation>需要傳譯的兩種語言；留空即不需傳譯</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>傳譯員</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>沒有傳譯員</translation>
    </message>
    <message>
        <source>Staff who speak both languages; the Roster section offers them too</source>
        <translation>懂得兩種語言的職員；「值班表」部分亦會列出</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>網址(&amp;U)</translation>
    </message>
    <message>
        <source>Now clashes with %1 for %2</source>
        <translation>現與 %1 時間衝突（涉及 %2）</translation>
    </message>
</context>
<context>
    <name>ActivityLabels</name>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>座談會</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>交流活動</translation>
    </message>
    <message>
        <source>HAF meeting</source>
        <translation>HAF 會面</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會面</translation>
    </message>
    <message>
        <source>Booth meeting</source>
        <translation>攤位會面</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>放映</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>酒會</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Personal (blocked)</source>
        <translation>私人時間</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建議中</translation>
    </message>
    <message>
        <source>Tentative ?</source>
        <translation>暫定 ?</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Cancelled ✕</source>
        <translation>已取消 ✕</translation>
    </message>
</context>
<context>
    <name>ActivityPickerDialog</name>
    <message>
        <source>Add as attendees</source>
        <translation>加為出席者</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 及另外 %1 人</translation>
    </message>
    <message>
        <source>Add %1 to the activities you select:</source>
        <translation>將 %1 加入你所選的活動：</translation>
    </message>
    <message>
        <source>Search by title, day, time or place…</source>
        <translation>按標題、日期、時間或地點搜尋…</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>搜尋活動</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Optional for them (a clash is then only a warning)</source>
        <translation>列為非必須出席（時間衝突只屬警告）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
</context>
<context>
    <name>ActivityRows</name>
    <message>
        <source>1 conflict</source>
        <translation>1 個衝突</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 個衝突</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 個警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 個警告</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Times in %1: each row in its own zone</source>
        <translation>時間以 %1 顯示：每行各按其時區</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 及 </translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>時間以 %1 顯示</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Venue / room</source>
        <translation>場地／會議室</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>有衝突</translation>
    </message>
    <message>
        <source>With a warning</source>
        <translation>有警告</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Whose agenda</source>
        <translation>誰的議程</translation>
    </message>
    <message>
        <source>A delegate, a delegation or everyone</source>
        <translation>一位代表、一個代表團或所有人</translation>
    </message>
    <message>
        <source>Search title, place, people…</source>
        <translation>搜尋標題、地點、人員…</translation>
    </message>
    <message>
        <source>Search the agenda</source>
        <translation>搜尋議程</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print the agenda as shown, or save it as PDF</source>
        <translation>列印目前顯示的議程，或儲存為 PDF</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>delegate, contact or project</source>
        <translation>代表、聯絡人或項目</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>對象(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>時區(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Free from</source>
        <translation>有空時間由(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>直至(&amp;U)</translation>
    </message>
    <message>
        <source>%1 is free from %2</source>
        <translation>%1 由 %2 起有空</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>proposed</source>
        <translation>建議中</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>暫定</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可選出席</translation>
    </message>
    <message>
        <source>proposed by the scheduler</source>
        <translation>由排程器建議</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>有衝突</translation>
    </message>
    <message>
        <source>with a warning</source>
        <translation>有警告</translation>
    </message>
    <message>
        <source>Calendar grid</source>
        <translation>日曆格</translation>
    </message>
</context>
<context>
    <name>CalendarEdits</name>
    <message>
        <source>no venue</source>
        <translation>無場地</translation>
    </message>
    <message>
        <source>Give '{title}' to {name}</source>
        <translation>把「{title}」交給 {name}</translation>
    </message>
    <message>
        <source>Move '{title}'</source>
        <translation>移動「{title}」</translation>
    </message>
    <message>
        <source>Move {count} activities</source>
        <translation>移動 {count} 項活動</translation>
    </message>
    <message>
        <source>Change the length of '{title}'</source>
        <translation>更改「{title}」的時長</translation>
    </message>
    <message>
        <source>New activity '{title}'</source>
        <translation>新活動「{title}」</translation>
    </message>
    <message>
        <source>Paste '{title}'</source>
        <translation>貼上「{title}」</translation>
    </message>
    <message>
        <source>Paste {count} activities</source>
        <translation>貼上 {count} 項活動</translation>
    </message>
    <message>
        <source>Duplicate '{title}'</source>
        <translation>複製一份「{title}」</translation>
    </message>
    <message>
        <source>Duplicate {count} activities</source>
        <translation>複製一份 {count} 項活動</translation>
    </message>
    <message>
        <source>Delete '{title}'</source>
        <translation>刪除「{title}」</translation>
    </message>
    <message>
        <source>Delete {count} activities</source>
        <translation>刪除 {count} 項活動</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <source>Whole delegation</source>
        <translation>整個代表團</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分鐘</translation>
    </message>
    <message>
        <source>No second time</source>
        <translation>不顯示第二時間</translation>
    </message>
    <message>
        <source>{name}'s home time ({zone})</source>
        <translation>{name} 的本地時間（{zone}）</translation>
    </message>
</context>
<context>
    <name>ChangeNote</name>
    <message>
        <source>the plan's settings</source>
        <translation>計劃設定</translation>
    </message>
    <message>
        <source>the delivery settings</source>
        <translation>發送設定</translation>
    </message>
    <message numerus="yes">
        <source>%n markets</source>
        <translation>
            <numerusform>%n 個市場</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venues</source>
        <translation>
            <numerusform>%n 個場地</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n 間會議室</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n travel times</source>
        <translation>
            <numerusform>%n 項交通時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegations</source>
        <translation>
            <numerusform>%n 個代表團</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegates</source>
        <translation>
            <numerusform>%n 名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stays</source>
        <translation>
            <numerusform>%n 段逗留期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n 位聯絡人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n 項活動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n availability windows</source>
        <translation>
            <numerusform>%n 個有空時段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting requests</source>
        <translation>
            <numerusform>%n 個會面請求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booth duties</source>
        <translation>
            <numerusform>%n 項攤位當值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery targets</source>
        <translation>
            <numerusform>%n 個發送對象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered events</source>
        <translation>
            <numerusform>%n 項已發送活動</numerusform>
        </translation>
    </message>
    <message>
        <source>moved %1</source>
        <translation>移動了%1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>更改了%1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>新增了%1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>刪除了%1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>移除了%1</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>還原了%1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>記錄了%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The plan was changed outside this window; refreshed</source>
        <translation>計劃已在此視窗以外被更改；已重新載入</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others %2</source>
        <translation>
            <numerusform>%1及另外 %n 人%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesTable</name>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Delegate: %1</source>
        <translation>代表：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>聯絡人：%1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>項目：%1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>An unexpected error stopped the change (%1). Nothing was changed.</source>
        <translation>變更因意外錯誤而中止（%1）。計劃未有任何改動。</translation>
    </message>
    <message>
        <source>Move %1 later by %2 min</source>
        <translation>將 %1 延後 %2 分鐘</translation>
    </message>
    <message>
        <source>Move %1 earlier by %2 min</source>
        <translation>將 %1 提早 %2 分鐘</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>確認 %1</translation>
    </message>
    <message>
        <source>Mark %1 tentative</source>
        <translation>將 %1 標為暫定</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <source>Mark %1 proposed</source>
        <translation>將 %1 標為建議中</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 項活動</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Double-booked</source>
        <translation>重複安排</translation>
    </message>
    <message>
        <source>Room over capacity</source>
        <translation>會議室超出容量</translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation>交通時間不足</translation>
    </message>
    <message>
        <source>Outside the stay</source>
        <translation>不在逗留期內</translation>
    </message>
    <message>
        <source>Venue closed</source>
        <translation>場地未開放</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Show warnings</source>
        <translation>顯示警告</translation>
    </message>
    <message>
        <source>Conflicts and warnings</source>
        <translation>衝突及警告</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>沒有衝突</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 個衝突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>電郵(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>機構(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>職位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>國家/地區(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>會面</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新聯絡人</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
</context>
<context>
    <name>DateNavigator</name>
    <message>
        <source>Day shown</source>
        <translation>顯示的日期</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一週</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一週</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>後一天</translation>
    </message>
</context>
<context>
    <name>DateTimeZoneEdit</name>
    <message>
        <source>Set</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Zone of this time</source>
        <translation>此時間的時區</translation>
    </message>
    <message>
        <source>Time zone of this time</source>
        <translation>此時間所用的時區</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>One column per delegate or per room</source>
        <translation>每位代表或每個會議室一欄</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>Delegates shown</source>
        <translation>顯示的代表</translation>
    </message>
    <message>
        <source>Second time axis</source>
        <translation>第二時間軸</translation>
    </message>
    <message>
        <source>Hour labels in a delegate's home time beside market time</source>
        <translation>在市場時間旁以代表的本地時間標示鐘點</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>對齊至</translation>
    </message>
    <message>
        <source>Drags snap to this step (Shift: 1 min)</source>
        <translation>拖曳時對齊此間隔（Shift：1 分鐘）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print this day or save it as PDF</source>
        <translation>列印這一天，或儲存為 PDF</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>無場地</translation>
    </message>
</context>
<context>
    <name>DelegateEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>電郵(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>機構(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>職位(&amp;R)</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>不屬任何代表團</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>代表團(&amp;D)</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Staff (interpreter, assistant, driver)</source>
        <translation>職員（傳譯員、助理、司機）</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>Staff attend only what they are for, and take no booth duty unless named</source>
        <translation>職員只出席與其職務相關的活動；除非被指名，否則不會安排攤位值班</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Tags (BCP 47) of the languages they interpret</source>
        <translation>可傳譯語言的標籤（BCP 47）</translation>
    </message>
    <message>
        <source>&amp;Home zone</source>
        <translation>居住地時區(&amp;H)</translation>
    </message>
    <message>
        <source>Where they live: itineraries can show home time beside market time</source>
        <translation>代表居住地的時區：行程表可在市場時間旁顯示其居住地時間</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>逗留期</translation>
    </message>
    <message>
        <source>Add stay…</source>
        <translation>新增逗留期…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No stays: always here, as far as conflicts go</source>
        <translation>沒有逗留期：檢查衝突時視作一直身在當地</translation>
    </message>
    <message>
        <source>Save the delegate first, then add their stays</source>
        <translation>請先儲存代表，再新增其逗留期</translation>
    </message>
    <message>
        <source>Remove a stay of %1</source>
        <translation>移除 %1 的一段逗留期</translation>
    </message>
</context>
<context>
    <name>DelegatesSection</name>
    <message>
        <source>Show the delegates of</source>
        <translation>顯示以下代表團的代表</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>發送</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The languages they interpret</source>
        <translation>可傳譯的語言</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Home zone</source>
        <translation>居住地時區</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>逗留期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>New delegate</source>
        <translation>新代表</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Assign to delegation</source>
        <translation>分配到代表團</translation>
    </message>
    <message>
        <source>Add as attendees to…</source>
        <translation>加為活動出席者…</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>不屬任何代表團</translation>
    </message>
    <message>
        <source>no delegation</source>
        <translation>無代表團</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>將 %1 移至 %2</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 項活動</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>將 %1 加入 %2</translation>
    </message>
    <message>
        <source>%1 delegates</source>
        <translation>%1 名代表</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>所有代表團</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>負責人(&amp;M)</translation>
    </message>
    <message>
        <source>Manager's &amp;email</source>
        <translation>負責人電郵(&amp;E)</translation>
    </message>
    <message>
        <source>Manager's &amp;phone</source>
        <translation>負責人電話(&amp;P)</translation>
    </message>
</context>
<context>
    <name>DelegationsTable</name>
    <message>
        <source>Delegation</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Manager's email</source>
        <translation>負責人電郵</translation>
    </message>
    <message>
        <source>Manager's phone</source>
        <translation>負責人電話</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>新代表團</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>Keep them, without it</source>
        <translation>保留它們，但解除關聯</translation>
    </message>
    <message>
        <source>Move them to:</source>
        <translation>將它們移至：</translation>
    </message>
    <message>
        <source>Cancel the activities (calendars are told)</source>
        <translation>取消這些活動（會通知相關日曆）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 個%2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>要移除 %1 嗎？</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>要刪除 %1 嗎？</translation>
    </message>
    <message>
        <source>They are taken off every activity and meeting; their requests are withdrawn; the calendars of everyone involved are told.</source>
        <translation>他們會從所有活動及會面中除名，其會面請求會撤回，所有相關人士的日曆均會收到通知。</translation>
    </message>
    <message>
        <source>This can be undone with Edit → Undo.</source>
        <translation>可用「編輯 → 復原」還原。</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Publish calendars</source>
        <translation>發佈行事曆</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>發送邀請</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>郵件伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>安全性(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;User (empty: no login):</source>
        <translation>使用者(&amp;U)（留空：不登入）：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>寄件人(&amp;F)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>所有人(&amp;E)</translation>
    </message>
    <message>
        <source> (and each delegation's calendar)</source>
        <translation>（以及每個代表團的行事曆）</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Result per calendar</source>
        <translation>每個行事曆的結果</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>複製地址(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected calendar's subscription address</source>
        <translation>複製所選行事曆的訂閱地址</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <source>Say what would be sent, without sending anything</source>
        <translation>列出將會發送的內容，但不發送任何東西</translation>
    </message>
    <message>
        <source>Write the messages as .eml files to look at</source>
        <translation>把訊息寫成 .eml 檔案以供查看</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>發佈(&amp;U)</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>發送(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Stop after the calendar being sent; what went out is recorded</source>
        <translation>發送完目前的行事曆後停止；已發出的會被記錄</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>關閉(&amp;L)</translation>
    </message>
    <message>
        <source>A password is stored for this server (leave empty to use it).</source>
        <translation>已為此伺服器儲存密碼（留空即使用它）。</translation>
    </message>
    <message>
        <source>No system keyring here: the password is kept for this session only.</source>
        <translation>此處沒有系統鑰匙圈：密碼只保留至本次工作階段結束。</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the plan.</source>
        <translation>密碼保存在系統鑰匙圈，絕不存入計劃。</translation>
    </message>
    <message>
        <source>published before</source>
        <translation>之前已發佈</translation>
    </message>
    <message>
        <source>Choose at least one delegate.</source>
        <translation>請至少選擇一位代表。</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>個請求</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>封訊息</translation>
    </message>
    <message>
        <source>Preview: nothing was sent.</source>
        <translation>預覽：沒有發送任何東西。</translation>
    </message>
    <message>
        <source>%1 %2 sent in %3 s.</source>
        <translation>已發送 %1 %2，用時 %3 秒。</translation>
    </message>
    <message>
        <source>%1 calendar(s) failed: they are sent next time.</source>
        <translation>%1 個行事曆發送失敗：下次會再發送。</translation>
    </message>
    <message>
        <source>Cancelled. What was sent is recorded; the next run sends the rest.</source>
        <translation>已取消。已發送的已被記錄；下次會發送其餘的。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已複製 %1</translation>
    </message>
    <message>
        <source>%1 of %2 calendars</source>
        <translation>第 %1 個行事曆，共 %2 個</translation>
    </message>
</context>
<context>
    <name>DeliveryMenu</name>
    <message>
        <source>&amp;Delivery</source>
        <translation>發送(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Publish calendars…</source>
        <translation>發佈行事曆(&amp;P)…</translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation>發送邀請(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>DeliveryRows</name>
    <message>
        <source>Subscription</source>
        <translation>訂閱</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>尚未發送</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>1 change not yet sent</source>
        <translation>1 項更改尚未發送</translation>
    </message>
    <message>
        <source>%1 changes not yet sent</source>
        <translation>%1 項更改尚未發送</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was published or sent to this delegate's phone yet (Delivery menu).</source>
        <translation>尚未向此代表的手機發佈或發送任何內容（見「發送」選單）。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…… 還有 %1 項</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>新增計劃(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a plan: empty, or a copy of the demo</source>
        <translation>建立計劃：空白計劃，或示範計劃的副本</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>開啟計劃檔案</translation>
    </message>
    <message>
        <source>Open from a &amp;server…</source>
        <translation>從伺服器開啟(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a plan on a PostgreSQL server by its address</source>
        <translation>按地址開啟 PostgreSQL 伺服器上的計劃</translation>
    </message>
    <message>
        <source>Plan &amp;history…</source>
        <translation>計劃記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed the plan, when, and what; exportable as CSV</source>
        <translation>誰在何時更改了計劃的哪些內容；可匯出為 CSV</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>開啟示範計劃(&amp;D)</translation>
    </message>
    <message>
        <source>The FilMart 2025 demo plan in your data folder</source>
        <translation>你的應用程式資料夾中的 FilMart 2025 示範計劃</translation>
    </message>
    <message>
        <source>Save a copy &amp;as…</source>
        <translation>另存副本(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a copy of this plan elsewhere; you go on working here</source>
        <translation>將此計劃的副本儲存到別處；你會繼續在目前的檔案中工作</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>關閉計劃(&amp;C)</translation>
    </message>
    <message>
        <source>Close the plan (every change is already in its file)</source>
        <translation>關閉計劃（所有變更已儲存在其檔案中）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟的計劃(&amp;R)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>開啟計劃</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>沒有最近使用的計劃</translation>
    </message>
    <message>
        <source>The plan could not be opened: %s</source>
        <translation>無法開啟計劃：%s</translation>
    </message>
    <message>
        <source>Creating %s…</source>
        <translation>正在建立 %s…</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>無法建立計劃</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %s</source>
        <translation>已將副本儲存為 %s</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>無法儲存副本</translation>
    </message>
</context>
<context>
    <name>DutiesTable</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>攤位</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>開放時間</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>值班人數</translation>
    </message>
    <message>
        <source>People on duty at once: least–most</source>
        <translation>同時值班的人數：最少至最多</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已排滿</translation>
    </message>
    <message>
        <source>Shifts with at least their minimum on duty, of all</source>
        <translation>已達最少值班人數的班次／全部班次</translation>
    </message>
    <message>
        <source>Who may take it</source>
        <translation>可值班者</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1／%2</translation>
    </message>
    <message>
        <source>Every delegate</source>
        <translation>所有代表</translation>
    </message>
</context>
<context>
    <name>DutyEditor</name>
    <message>
        <source>room</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>&amp;Stand</source>
        <translation>攤位(&amp;S)</translation>
    </message>
    <message>
        <source>The room that must be staffed</source>
        <translation>須有人值班的攤位或會議室</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>開放時間(&amp;H)</translation>
    </message>
    <message>
        <source>Opening and closing, in the venue's own time</source>
        <translation>開放及關閉時間，以場地當地時間計</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Shi&amp;ft length</source>
        <translation>每班長度(&amp;F)</translation>
    </message>
    <message>
        <source>The hours are cut into shifts this long (the last one may be shorter)</source>
        <translation>開放時間按此長度分成班次（最後一班可能較短）</translation>
    </message>
    <message>
        <source>as many as the least</source>
        <translation>與最少人數相同</translation>
    </message>
    <message>
        <source>&amp;People on duty</source>
        <translation>值班人數(&amp;P)</translation>
    </message>
    <message>
        <source>The least and the most people on each shift</source>
        <translation>每班最少及最多的值班人數</translation>
    </message>
    <message>
        <source>Dele&amp;gations</source>
        <translation>代表團(&amp;G)</translation>
    </message>
    <message>
        <source>Their delegates may take it; none ticked and nobody named: every delegate</source>
        <translation>這些代表團的代表可值班；全不剔選又沒有指名即所有代表</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>&amp;And delegates</source>
        <translation>及代表(&amp;A)</translation>
    </message>
    <message>
        <source>choose a stand</source>
        <translation>請選擇攤位</translation>
    </message>
</context>
<context>
    <name>EntityCombo</name>
    <message>
        <source>(no longer in the plan: %1)</source>
        <translation>（已不在計劃中：%1）</translation>
    </message>
    <message>
        <source>choose a %1</source>
        <translation>請選擇%1</translation>
    </message>
    <message>
        <source>'%1' fits %2 choices; pick one from the list</source>
        <translation>「%1」符合 %2 個選項；請從清單中選擇一項</translation>
    </message>
    <message>
        <source>no %1 is called '%2'</source>
        <translation>沒有名為「%2」的%1</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>What the change did</source>
        <translation>變更的結果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>%1 (Latin)</source>
        <translation>%1（拉丁字母）</translation>
    </message>
    <message>
        <source>%1 (native script)</source>
        <translation>%1（原文）</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <source>Add %1 '%2'</source>
        <translation>新增%1「%2」</translation>
    </message>
    <message>
        <source>Change %1 '%2'</source>
        <translation>更改%1「%2」</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>發生意外錯誤</translation>
    </message>
    <message>
        <source>The plan file is safe: every change is saved or undone whole. If this happens again, please report it with the details below.</source>
        <translation>計劃檔案安然無恙：每項變更都會完整儲存或完整撤銷。如再次發生此問題，請連同下方的詳細資料一併報告。</translation>
    </message>
    <message>
        <source>A report for the developers was saved in {file}.</source>
        <translation>給開發人員的報告已儲存在 {file}。</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export %1 to folder</source>
        <translation>將%1匯出至資料夾</translation>
    </message>
    <message>
        <source>%1 of one delegate</source>
        <translation>一名代表的%1</translation>
    </message>
    <message>
        <source>%1 of %2 delegates</source>
        <translation>%2 名代表的%1</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>正在將%1寫入 %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>匯出%1</translation>
    </message>
    <message>
        <source>Writing %1: %2</source>
        <translation>正在寫入%1：%2</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>已將 %1 寫入 %2。</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export (%1).</source>
        <translation>匯出因意外錯誤而中止（%1）。</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for delegates</source>
        <translation>為代表匯出</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>匯出內容</translation>
    </message>
    <message>
        <source>&amp;Calendars (.ics)</source>
        <translation>日曆（.ics）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Itineraries (PDF)</source>
        <translation>行程表（PDF）(&amp;I)</translation>
    </message>
    <message>
        <source>Itineraries &amp;and calendars, side by side</source>
        <translation>行程表及日曆，一併匯出(&amp;A)</translation>
    </message>
    <message>
        <source>The delegation &amp;pack (everyone, with the overview)</source>
        <translation>代表團資料包（所有人，連總覽）(&amp;P)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>&amp;Everyone in the plan (%1 delegates)</source>
        <translation>計劃中的所有人（%1 名代表）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;These delegates:</source>
        <translation>以下代表(&amp;T)：</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>Delegation whose members to add</source>
        <translation>要加入其成員的代表團</translation>
    </message>
    <message>
        <source>Add its &amp;members</source>
        <translation>加入其成員(&amp;M)</translation>
    </message>
    <message>
        <source>Add every delegate of the delegation chosen</source>
        <translation>加入所選代表團的所有代表</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>代表團：</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>要寫入的資料夾</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder to write into</source>
        <translation>選擇要寫入的資料夾</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <source>Choose a folder to write into.</source>
        <translation>請選擇要寫入的資料夾。</translation>
    </message>
    <message>
        <source>Choose at least one delegate, or everyone.</source>
        <translation>請至少選擇一名代表，或選擇所有人。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Delegation &amp;pack…</source>
        <translation>代表團資料包(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Itineraries (PDF)…</source>
        <translation>行程表（PDF）(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Calendars (.ics)…</source>
        <translation>日曆（.ics）(&amp;C)…</translation>
    </message>
    <message>
        <source>Delegation pack</source>
        <translation>代表團資料包</translation>
    </message>
    <message>
        <source>Itineraries</source>
        <translation>行程表</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Itineraries and calendars</source>
        <translation>行程表及日曆</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1／%2 個檔案</translation>
    </message>
    <message>
        <source>Choose at least one delegate to write files for.</source>
        <translation>請至少選擇一名代表以輸出檔案。</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 個檔案</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 個檔案</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>未有寫入任何檔案。</translation>
    </message>
    <message>
        <source>The file written before you cancelled was kept.</source>
        <translation>已保留取消前寫入的檔案。</translation>
    </message>
    <message>
        <source>The %1 files written before you cancelled were kept.</source>
        <translation>已保留取消前寫入的 %1 個檔案。</translation>
    </message>
    <message>
        <source>%1 export cancelled.</source>
        <translation>已取消匯出%1。</translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>Find a time</source>
        <translation>尋找時間</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Length of the meeting in minutes</source>
        <translation>會面時長（分鐘）</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Any place (no travel counted)</source>
        <translation>任何地點（不計交通時間）</translation>
    </message>
    <message>
        <source>Where the meeting takes place</source>
        <translation>會面地點</translation>
    </message>
    <message>
        <source>Room of the venue</source>
        <translation>場地的會議室</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>最早開始時間</translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation>最遲結束時間</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>代表(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>聯絡人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>時長(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>地點(&amp;A)</translation>
    </message>
    <message>
        <source>Not &amp;before</source>
        <translation>不早於(&amp;B)</translation>
    </message>
    <message>
        <source>Not a&amp;fter</source>
        <translation>不遲於(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find free times</source>
        <translation>尋找空檔(&amp;F)</translation>
    </message>
    <message>
        <source>Free times; choose one to create the meeting</source>
        <translation>空檔；選擇一個以建立會面</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>會面標題</translation>
    </message>
    <message>
        <source>&amp;Create at this time</source>
        <translation>在此時間建立(&amp;C)</translation>
    </message>
    <message>
        <source>Add the meeting, tentative, with everyone chosen (Edit → Undo takes it back)</source>
        <translation>以暫定狀態加入會面，出席者為所有已選的人（「編輯 → 復原」可撤銷）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>會面：%1</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在尋找…</translation>
    </message>
    <message>
        <source>%1 (everyone free until %2)</source>
        <translation>%1（所有人有空直至 %2）</translation>
    </message>
    <message>
        <source>The earliest start in each common free time, in %1. Choose one to create the meeting.</source>
        <translation>每段共同空檔的最早開始時間（%1）。選擇一個以建立會面。</translation>
    </message>
    <message>
        <source>No common free time found. Try a shorter meeting, another place or a wider window.</source>
        <translation>找不到共同空檔。請嘗試縮短會面、更換地點或擴闊時間範圍。</translation>
    </message>
    <message>
        <source>An unexpected error stopped the search (%1).</source>
        <translation>搜尋因意外錯誤而中止（%1）。</translation>
    </message>
    <message>
        <source>Add '%1'</source>
        <translation>新增「%1」</translation>
    </message>
    <message>
        <source>Added '%1' on %2 (tentative).</source>
        <translation>已於 %2 新增「%1」（暫定）。</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Calendar grid</source>
        <translation>日曆格</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新活動</translation>
    </message>
    <message>
        <source>Attends it already: moved in time only</source>
        <translation>已出席此活動：只移動時間</translation>
    </message>
    <message>
        <source>Several activities move in time only</source>
        <translation>多項活動只移動時間</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 項</translation>
    </message>
    <message>
        <source>Move {minutes} min &amp;earlier</source>
        <translation>提早 {minutes} 分鐘(&amp;E)</translation>
    </message>
    <message>
        <source>Move {minutes} min &amp;later</source>
        <translation>延後 {minutes} 分鐘(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Shorten by {minutes} min</source>
        <translation>縮短 {minutes} 分鐘(&amp;S)</translation>
    </message>
    <message>
        <source>Len&amp;gthen by {minutes} min</source>
        <translation>延長 {minutes} 分鐘(&amp;G)</translation>
    </message>
    <message>
        <source>To the column on the le&amp;ft</source>
        <translation>移至左邊一欄(&amp;F)</translation>
    </message>
    <message>
        <source>To the column on the &amp;right</source>
        <translation>移至右邊一欄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製一份(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation>在詳細資料中開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>{name} attends it already</source>
        <translation>{name} 已出席此活動</translation>
    </message>
    <message>
        <source>Clashes for {subject}</source>
        <translation>{subject} 時間衝突</translation>
    </message>
    <message>
        <source>Over capacity: {subject}</source>
        <translation>超出容量：{subject}</translation>
    </message>
    <message>
        <source>Too little travel time for {subject}</source>
        <translation>{subject} 的交通時間不足</translation>
    </message>
    <message>
        <source>Outside {subject}'s stay</source>
        <translation>在 {subject} 的逗留期以外</translation>
    </message>
    <message>
        <source>{subject} is closed then</source>
        <translation>{subject} 當時未開放</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Plan history</source>
        <translation>計劃記錄</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>時間（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>更改者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在讀取記錄…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>已記錄 %n 項變更</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>匯出記錄</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>re-roomed</source>
        <translation>更換會議室</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不變</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>沒有需要變更的內容</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>匯入 {file}</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Select something to see and change its details.</source>
        <translation>請選取一項內容，以查看及更改其詳細資料。</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected: use the table's actions to change them together.</source>
        <translation>
            <numerusform>已選取 %n 項：請使用表格的操作一併更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be edited here yet.</source>
        <translation>暫時未能在此編輯。</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile: saving your changes will be refused. Revert shows it as it is now.</source>
        <translation>此內容期間已在別處更改：你的變更將無法儲存。按「還原」可顯示其最新內容。</translation>
    </message>
    <message>
        <source>Deleted or removed elsewhere meanwhile: it can no longer be saved.</source>
        <translation>此內容期間已在別處刪除或移除：無法再儲存。</translation>
    </message>
</context>
<context>
    <name>KindFilePage</name>
    <message>
        <source>What to import</source>
        <translation>匯入內容</translation>
    </message>
    <message>
        <source>Choose what the file holds, then the file: a spreadsheet (CSV or XLSX), or for a programme or availability also a calendar (.ics).</source>
        <translation>先選擇檔案的內容類型，再選擇檔案：試算表（CSV 或 XLSX）；如屬 programme 或 availability，亦可使用日曆（.ics）。</translation>
    </message>
    <message>
        <source>programme.csv, delegates.xlsx …</source>
        <translation>programme.csv, delegates.xlsx …</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose the delegate whose calendar it is</source>
        <translation>選擇此日曆所屬的代表</translation>
    </message>
    <message>
        <source>Whose calendar:</source>
        <translation>日曆所屬：</translation>
    </message>
    <message>
        <source>Columns (* required):</source>
        <translation>欄位（* 為必填）：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>試算表 ({patterns})</translation>
    </message>
    <message>
        <source>Calendars ({patterns})</source>
        <translation>日曆 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>找不到檔案 {path}。</translation>
    </message>
    <message>
        <source>A calendar imports as programme or availability; {kind} needs a CSV or XLSX file.</source>
        <translation>日曆只可匯入為 programme 或 availability；{kind} 需要 CSV 或 XLSX 檔案。</translation>
    </message>
    <message>
        <source>Choose whose calendar this is: its events become that delegate's busy time.</source>
        <translation>請選擇此日曆屬於哪位代表：其中的事件會成為該代表的忙碌時間。</translation>
    </message>
</context>
<context>
    <name>LoadMatrixModel</name>
    <message>
        <source>{hours} h booked, {count} activities, {conflicts} conflicts</source>
        <translation>已安排 {hours} 小時，{count} 項活動，{conflicts} 個衝突</translation>
    </message>
</context>
<context>
    <name>LoadMatrixView</name>
    <message>
        <source>Load of each delegate by day</source>
        <translation>每位代表每天的負荷</translation>
    </message>
    <message>
        <source>Hours booked · activities (· conflicts); darker is fuller, full at {hours} h. Double-click a day to open it.</source>
        <translation>已安排時數 · 活動數（· 衝突數）；顏色越深越滿，{hours} 小時為滿。按兩下某天即可開啟。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the work in progress</source>
        <translation>停止進行中的工作</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>上一日(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>下一日(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts panel</source>
        <translation>衝突面板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>詳細資料(&amp;I)</translation>
    </message>
    <message>
        <source>Show &amp;warnings</source>
        <translation>顯示警告(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About Delegation Planner</source>
        <translation>關於 Delegation Planner(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Cannot read the plan</source>
        <translation>無法讀取計劃</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>唯讀：%1</translation>
    </message>
    <message>
        <source>The plan's server cannot be reached; the window shows the plan as last read and reconnects by itself</source>
        <translation>無法連接計劃的伺服器；視窗顯示最後讀取的計劃，並會自行重新連接</translation>
    </message>
    <message>
        <source>Connected to the plan's server again; refreshed</source>
        <translation>已重新連接計劃的伺服器；已重新載入</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>無法開啟計劃</translation>
    </message>
    <message>
        <source>&amp;Reload the plan</source>
        <translation>重新載入計劃(&amp;R)</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>未能作出變更</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>更改語言</translation>
    </message>
    <message>
        <source>The window speaks %1 from its next start. Restart now?</source>
        <translation>視窗會在下次啟動時改用 %1。要立即重新啟動嗎？</translation>
    </message>
    <message>
        <source>Every change is already saved in the plan; only the undo history is cleared.</source>
        <translation>所有變更已儲存在計劃中；只會清除復原記錄。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重新啟動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot restart</source>
        <translation>無法重新啟動</translation>
    </message>
    <message>
        <source>Start Delegation Planner again to change its language.</source>
        <translation>請重新啟動 Delegation Planner 以更改語言。</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>未開啟計劃</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n 項活動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n this day)</source>
        <translation>
            <numerusform>(當日 %n 項)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegates</source>
        <translation>
            <numerusform>%n 名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n 位聯絡人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 個衝突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Check which column of the file is which. Columns set to Ignore are not imported; * marks the columns every row needs.</source>
        <translation>請核對檔案中每個欄位的用途。設為「忽略」的欄位不會匯入；* 表示每行都必須填寫的欄位。</translation>
    </message>
    <message>
        <source>Use the suggested columns</source>
        <translation>使用建議的欄位</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄位</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例子</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在讀取 {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>無法讀取 {file}。</translation>
    </message>
    <message>
        <source>The columns chosen when a file with these headers was last imported as {kind}.</source>
        <translation>上次將帶有這些標題的檔案匯入為 {kind} 時所選的欄位。</translation>
    </message>
    <message>
        <source>{count} row(s)</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>{file}: a workbook, first sheet, {rows}.</source>
        <translation>{file}：活頁簿，第一個工作表，{rows}。</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>{file}: {encoding} text, {separator}-separated, {rows}.</source>
        <translation>{file}：{encoding} 文字，以{separator}分隔，{rows}。</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Suggested from the headers.</source>
        <translation>根據標題建議。</translation>
    </message>
    <message>
        <source>No column is imported as {column}, which is required; perhaps '{header}'?</source>
        <translation>沒有欄位匯入為必填的 {column}；會否是「{header}」？</translation>
    </message>
    <message>
        <source>No column is imported as {column}, which is required.</source>
        <translation>沒有欄位匯入為必填的 {column}。</translation>
    </message>
    <message>
        <source>{column} is chosen for several columns: {headers}.</source>
        <translation>多個欄位都選了 {column}：{headers}。</translation>
    </message>
</context>
<context>
    <name>MarketEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>時區(&amp;T)</translation>
    </message>
    <message>
        <source>Every time at this market is shown in this zone</source>
        <translation>此市場的所有時間均以此時區顯示</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>首日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>最後一日(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MarketsSection</name>
    <message>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最後一日</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日數</translation>
    </message>
    <message>
        <source>New market</source>
        <translation>新市場</translation>
    </message>
</context>
<context>
    <name>MeetingRequestEditor</name>
    <message>
        <source>&amp;Id</source>
        <translation>編號(&amp;I)</translation>
    </message>
    <message>
        <source>delegate or project</source>
        <translation>代表或項目</translation>
    </message>
    <message>
        <source>&amp;Asked by</source>
        <translation>提出者(&amp;A)</translation>
    </message>
    <message>
        <source>A delegate, or a project (its team goes)</source>
        <translation>一名代表，或一個項目（由其團隊出席）</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>To &amp;meet</source>
        <translation>會面對象(&amp;M)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>時長(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>優先次序(&amp;P)</translation>
    </message>
    <message>
        <source>5 matters most</source>
        <translation>5 為最重要</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Any venue</source>
        <translation>任何場地</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>場地(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>會議室(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Earliest</source>
        <translation>最早(&amp;E)</translation>
    </message>
    <message>
        <source>La&amp;test</source>
        <translation>最遲(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待安排</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections of the plan</source>
        <translation>計劃的各部分</translation>
    </message>
</context>
<context>
    <name>NeedsTableModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會面</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>傳譯員</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未有</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>新增計劃</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>計劃名稱</translation>
    </message>
    <message>
        <source>Shown in the title bar and on every exported page</source>
        <translation>顯示在標題列及每一頁匯出的文件上</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>計劃檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder and file name of the new plan</source>
        <translation>選擇新計劃的資料夾及檔案名稱</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>預設時區</translation>
    </message>
    <message>
        <source>Start from the FilMart 2025 &amp;demo plan</source>
        <translation>以 FilMart 2025 示範計劃為起點(&amp;D)</translation>
    </message>
    <message>
        <source>A copy of the demo's markets, venues, delegates and activities to change as you like</source>
        <translation>複製示範計劃中的市場、場地、代表及活動，供你隨意修改</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Default &amp;time zone:</source>
        <translation>預設時區(&amp;T)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Say where the plan goes.</source>
        <translation>請指定計劃的儲存位置。</translation>
    </message>
    <message>
        <source>There is no folder %s.</source>
        <translation>找不到資料夾 %s。</translation>
    </message>
    <message>
        <source>%s already exists; choose another name.</source>
        <translation>%s 已存在；請選擇其他名稱。</translation>
    </message>
    <message>
        <source>Choose a time zone.</source>
        <translation>請選擇時區。</translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <source>is %1 characters long; notes hold at most %2. Keep long documents elsewhere and put their link in the URL field.</source>
        <translation>長達 %1 個字元；備註最多只可容納 %2 個字元。請將較長的文件存放在別處，並在「網址」欄位填上其連結。</translation>
    </message>
    <message>
        <source>Not pasted: the notes would be %1 characters long; they hold at most %2.</source>
        <translation>未能貼上：備註將長達 %1 個字元，但最多只可容納 %2 個字元。</translation>
    </message>
</context>
<context>
    <name>Nouns</name>
    <message>
        <source>item</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>availability window</source>
        <translation>可用時段</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>meeting request</source>
        <translation>會面請求</translation>
    </message>
    <message>
        <source>project</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>room</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>逗留期</translation>
    </message>
    <message>
        <source>travel time</source>
        <translation>交通時間</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>delegates</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>markets</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>meeting requests</source>
        <translation>會面請求</translation>
    </message>
    <message>
        <source>travel times</source>
        <translation>交通時間</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>items</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>booth duty</source>
        <translation>攤位值班</translation>
    </message>
    <message>
        <source>booth duties</source>
        <translation>攤位值班</translation>
    </message>
</context>
<context>
    <name>OptionalCountSpin</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>Parsing</name>
    <message>
        <source>'%1' is not a number (e.g. 22.2816)</source>
        <translation>「%1」不是數字（例如 22.2816）</translation>
    </message>
    <message>
        <source>'%1' is not a time of day (e.g. 09:00)</source>
        <translation>「%1」不是有效的時間（例如 09:00）</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Add: type a name, native name or email…</source>
        <translation>新增：輸入姓名、原文姓名或電郵…</translation>
    </message>
    <message>
        <source>Find a %1 to add</source>
        <translation>尋找要加入的%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須出席</translation>
    </message>
    <message>
        <source>%1 is already listed</source>
        <translation>%1 已在清單中</translation>
    </message>
    <message>
        <source>'%1' fits %2 people; pick one from the list</source>
        <translation>「%1」符合 %2 人；請從清單中選擇一人</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 必須出席</translation>
    </message>
    <message>
        <source>Unticked: optional (a clash is a warning, not a conflict)</source>
        <translation>不剔選：非必須出席（時間重疊只屬警告，不算衝突）</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>(no longer in the plan: #%1)</source>
        <translation>（已不在計劃中：#%1）</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation>（已移除）</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Reading the plan…</source>
        <translation>正在讀取計劃…</translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation>正在檢查衝突…</translation>
    </message>
    <message>
        <source>Summing up…</source>
        <translation>正在統計…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 mm）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 in）</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>跟隨系統（%1）</translation>
    </message>
    <message>
        <source>The language of the window. Exported calendars and itineraries are in English whatever is chosen here.</source>
        <translation>視窗的語言。無論在此選擇哪種語言，匯出的日曆及行程表均為英文。</translation>
    </message>
    <message>
        <source>e.g. Lau Mei-ling</source>
        <translation>例如 劉美玲</translation>
    </message>
    <message>
        <source>The plan's history records your changes under this name, and other managers' windows show it beside what you changed.</source>
        <translation>計劃記錄會以此名稱記下你的變更，其他負責人的視窗亦會在你的變更旁顯示此名稱。</translation>
    </message>
    <message>
        <source>Show the delegate's home time beside market time</source>
        <translation>在市場時間旁顯示代表的居住地時間</translation>
    </message>
    <message>
        <source>Only for delegates whose home time zone differs from the market's.</source>
        <translation>只適用於居住地時區與市場時區不同的代表。</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分鐘前</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>你的名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Itineraries and overviews (PDF)</source>
        <translation>行程表及總覽（PDF）</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>紙張大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Calendars (.ics)</source>
        <translation>日曆（.ics）</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>Used by File → Export. The command line has options of its own.</source>
        <translation>用於「檔案 → 匯出」。命令列另有其本身的選項。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>What importing the file would change. Nothing is written until you press Import.</source>
        <translation>匯入此檔案將作出的變更。按「匯入」前不會寫入任何內容。</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>停止檢查</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <source>The import is written in one go, as one step that Edit → Undo takes back whole; once started it cannot be stopped. Stopping the check above leaves the plan untouched.</source>
        <translation>匯入會一次過寫入，作為單一步驟，可用「編輯 → 復原」整個撤銷；一經開始便無法停止。停止上方的檢查不會改動計劃。</translation>
    </message>
    <message>
        <source>Leave them alone (partial: the file corrects some rows only)</source>
        <translation>保持不變（部分匯入：檔案只更正部分行）</translation>
    </message>
    <message>
        <source>Cancel them (their calendars are told)</source>
        <translation>取消這些活動（會通知相關日曆）</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在檢查 {file}…</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}</source>
        <translation>正在檢查第 {done} 行，共 {total} 行</translation>
    </message>
    <message>
        <source>Checking the changes against the plan: {done} of {total}</source>
        <translation>正在對照計劃檢查變更：{done}／{total}</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was written. Check again to import.</source>
        <translation>檢查已停止；未有寫入任何內容。請重新檢查以匯入。</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {count} problem(s), listed by row and column below. Nothing was written; correct the file and check again.</source>
        <translation>無法匯入 {file}：共有 {count} 個問題，已按行和欄列於下方。未有寫入任何內容；請更正檔案後重新檢查。</translation>
    </message>
    <message>
        <source>Importing {file} would change: &lt;b&gt;{counts}&lt;/b&gt;.</source>
        <translation>匯入 {file} 將會變更：&lt;b&gt;{counts}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Column '{header}' is not imported.</source>
        <translation>欄位「{header}」不會匯入。</translation>
    </message>
    <message>
        <source>{file} no longer lists {count} activity(ies) that an earlier version brought. What should happen to them?</source>
        <translation>{file} 已不再列出先前版本匯入的 {count} 項活動。應如何處理這些活動？</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>第 {number} 行</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation>片名(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>階段(&amp;S)</translation>
    </message>
    <message>
        <source>Development, Financing, Post…</source>
        <translation>開發、融資、後期製作…</translation>
    </message>
    <message>
        <source>&amp;Logline</source>
        <translation>故事梗概(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>主創人員(&amp;C)</translation>
    </message>
    <message>
        <source>Director: Kang Dae-sung; Producer: Lee Min-jung</source>
        <translation>導演：Kang Dae-sung；監製：Lee Min-jung</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>編號(&amp;I)</translation>
    </message>
    <message>
        <source>The project's id in the market's programme (HAF25-012)</source>
        <translation>項目在市場節目中的編號（HAF25-012）</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>團隊(&amp;M)</translation>
    </message>
    <message>
        <source>Delegates who attend the project's meetings</source>
        <translation>出席項目會面的代表</translation>
    </message>
</context>
<context>
    <name>ProjectsSection</name>
    <message>
        <source>Title</source>
        <translation>片名</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>原文片名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>會面請求</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>會面</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新項目</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Request · who meets</source>
        <translation>請求 · 會面者</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先次序</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan a time range</source>
        <translation>重新編排時段</translation>
    </message>
    <message>
        <source>When (market time)</source>
        <translation>時間（市場時間）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>由(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Start of the range</source>
        <translation>時段開始</translation>
    </message>
    <message>
        <source>End of the range</source>
        <translation>時段結束</translation>
    </message>
    <message>
        <source>Only at these venues and rooms</source>
        <translation>只限這些場地及會議室</translation>
    </message>
    <message>
        <source>Tick venues or rooms to re-plan only what is there; none ticked: everywhere</source>
        <translation>剔選場地或會議室，只重新編排該處的活動；全不剔選即適用於所有地方</translation>
    </message>
    <message>
        <source>What (nothing ticked or chosen: everything)</source>
        <translation>對象（全不剔選或不選擇即為全部）</translation>
    </message>
    <message>
        <source>Only at</source>
        <translation>只限地點</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>只限人員</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Shift by</source>
        <translation>推移(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>移至(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel them</source>
        <translation>取消這些活動(&amp;C)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Minutes to shift by (negative: earlier)</source>
        <translation>推移的分鐘數（負數即提早）</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Venue to move to</source>
        <translation>要移至的場地</translation>
    </message>
    <message>
        <source>Room to move to</source>
        <translation>要移至的會議室</translation>
    </message>
    <message>
        <source>Activities that would change</source>
        <translation>將會變更的活動</translation>
    </message>
    <message>
        <source>Conflicts the change would create</source>
        <translation>變更將產生的衝突</translation>
    </message>
    <message>
        <source>Write the itinerary and calendar of each delegate the re-plan changed, and of nobody else</source>
        <translation>只為受重新編排影響的代表輸出行程表及日曆</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>套用(&amp;A)</translation>
    </message>
    <message>
        <source>Make the change in one step (Edit → Undo takes it back)</source>
        <translation>一步完成變更（「編輯 → 復原」可撤銷）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No new conflicts</source>
        <translation>沒有新衝突</translation>
    </message>
    <message>
        <source>New conflicts: %1</source>
        <translation>新衝突：%1</translation>
    </message>
    <message>
        <source>Nothing in this range matches: nothing would change.</source>
        <translation>此時段內沒有符合的活動：不會有任何變更。</translation>
    </message>
    <message>
        <source>Activities that would change: %1 (%2) · new conflicts: %3 · resolved: %4 · delegates affected: %5</source>
        <translation>將變更的活動：%1（%2）· 新衝突：%3 · 已解決：%4 · 受影響代表：%5</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>shift by %1 min</source>
        <translation>推移 %1 分鐘</translation>
    </message>
    <message>
        <source>move to %1</source>
        <translation>移至 %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，並</translation>
    </message>
    <message>
        <source>Re-plan %1 activities: %2</source>
        <translation>重新編排 %1 項活動：%2</translation>
    </message>
    <message>
        <source>Done: activities changed: %1 · new conflicts: %2 (Edit → Undo takes it back).</source>
        <translation>完成：已變更活動：%1 · 新衝突：%2（「編輯 → 復原」可撤銷）。</translation>
    </message>
    <message>
        <source>&amp;Re-issue calendars and itineraries to %1 delegates…</source>
        <translation>向 %1 名代表重新發出日曆及行程表(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ReplanPreviewModel</name>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原本</translation>
    </message>
    <message>
        <source>Would be</source>
        <translation>將改為</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>代表</translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <source>Show requests that are</source>
        <translation>顯示以下狀態的請求</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>A delegate</source>
        <translation>一名代表</translation>
    </message>
    <message>
        <source>A project (its team meets)</source>
        <translation>一個項目（由其團隊會面）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先次序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最遲</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會面</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Withdraw the selected requests; meetings placed for them are cancelled (calendars are told)</source>
        <translation>撤回所選的請求；已為其安排的會面會取消（會通知相關日曆）</translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation>設定優先次序</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>撤回 %1</translation>
    </message>
    <message>
        <source>5 (highest)</source>
        <translation>5（最高）</translation>
    </message>
    <message>
        <source>3 (normal)</source>
        <translation>3（一般）</translation>
    </message>
    <message>
        <source>1 (lowest)</source>
        <translation>1（最低）</translation>
    </message>
    <message>
        <source>Set the priority of %1 to %2</source>
        <translation>將 %1 的優先次序設為 %2</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 個請求</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待安排</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>It is used by:</source>
        <translation>以下內容正在使用它：</translation>
    </message>
    <message>
        <source>Move them to</source>
        <translation>將它們移至</translation>
    </message>
</context>
<context>
    <name>RoomCombo</name>
    <message>
        <source>room</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>沒有會議室</translation>
    </message>
    <message>
        <source>a room needs its venue: choose the venue first</source>
        <translation>會議室必須屬於場地：請先選擇場地</translation>
    </message>
    <message>
        <source>%1 has no room '%2' (its rooms: %3)</source>
        <translation>%1 沒有名為「%2」的會議室（其會議室：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>RoomEditor</name>
    <message>
        <source>venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>場地(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>座位(&amp;S)</translation>
    </message>
    <message>
        <source>How many people it holds; not set: no limit</source>
        <translation>可容納人數；未設定即不設上限</translation>
    </message>
    <message>
        <source>one activity at a time</source>
        <translation>每次一項活動</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>會面檯(&amp;T)</translation>
    </message>
    <message>
        <source>How many meetings it holds at once (HAF's numbered tables)</source>
        <translation>可同時進行的會面數目（HAF 的編號會面檯）</translation>
    </message>
</context>
<context>
    <name>RoomsTable</name>
    <message>
        <source>Room</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Meetings at once</source>
        <translation>同時會面數</translation>
    </message>
    <message>
        <source>Numbered tables: meetings the room holds at the same time</source>
        <translation>編號會面檯：會議室可同時進行的會面數目</translation>
    </message>
    <message>
        <source>One activity at a time</source>
        <translation>每次一項活動</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新會議室</translation>
    </message>
</context>
<context>
    <name>RosterGridModel</name>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n 個空缺</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>沒有人</translation>
    </message>
    <message>
        <source>%1 to %2 people on duty</source>
        <translation>%1 至 %2 人值班</translation>
    </message>
    <message>
        <source>Nobody on it yet</source>
        <translation>尚未有人值班</translation>
    </message>
    <message>
        <source>Confirmed (the roster leaves it as it is)</source>
        <translation>已確認（值班表編排不會更改）</translation>
    </message>
    <message>
        <source>Tentative (the roster may change it)</source>
        <translation>暫定（值班表編排可能更改）</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>建議：%1</translation>
    </message>
</context>
<context>
    <name>RosterRunPanel</name>
    <message>
        <source>&amp;Run the roster</source>
        <translation>編排值班表(&amp;R)</translation>
    </message>
    <message>
        <source>Staff every shift and give every need an interpreter (nothing is written yet)</source>
        <translation>為每個班次安排人手，並為每項傳譯需要安排傳譯員（暫不寫入）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time limit for the roster, in seconds</source>
        <translation>編排值班表的時限（秒）</translation>
    </message>
    <message>
        <source>Time limit for the roster</source>
        <translation>編排值班表的時限</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <source>Stop the roster; nothing is proposed</source>
        <translation>停止編排；不會提出任何建議</translation>
    </message>
    <message>
        <source>Tick a&amp;ll</source>
        <translation>全部剔選(&amp;L)</translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation>全部不剔選(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Accept all</source>
        <translation>全部接受(&amp;A)</translation>
    </message>
    <message>
        <source>Write every proposed shift (tentative) and interpreter</source>
        <translation>寫入所有建議的班次（暫定）及傳譯員</translation>
    </message>
    <message>
        <source>Write only the ticked shifts and needs; the others stay as they are</source>
        <translation>只寫入已剔選的班次及傳譯需要；其餘維持不變</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <source>Forget this proposal; nothing is written</source>
        <translation>捨棄這項建議；不會寫入任何內容</translation>
    </message>
    <message>
        <source>Looking for the best roster…</source>
        <translation>正在尋找最佳值班表…</translation>
    </message>
    <message>
        <source>Cancelling… the roster stops at the end of its current stage.</source>
        <translation>正在取消…編排會在完成目前階段後停止。</translation>
    </message>
    <message>
        <source>An unexpected error stopped the roster (%1).</source>
        <translation>發生意外錯誤，值班表編排已停止（%1）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed.</source>
        <translation>已取消；未有提出任何建議。</translation>
    </message>
    <message>
        <source>The plan changed since this roster was made: run it again to accept one.</source>
        <translation>編排值班表後計劃已有更改：請重新編排，才可接受建議。</translation>
    </message>
    <message>
        <source>Proposed: %1, %2; %3. Nothing is written until you accept.</source>
        <translation>建議：%1，%2；%3。接受前不會寫入任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) to change</source>
        <translation>
            <numerusform>更改 %n 個班次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) to change</source>
        <translation>
            <numerusform>更改 %n 位傳譯員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) or need(s) left unfilled</source>
        <translation>
            <numerusform>%n 個空缺或傳譯需要未能安排</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept the roster</source>
        <translation>接受值班表</translation>
    </message>
    <message>
        <source>Accept %1 of the roster's changes</source>
        <translation>接受值班表的 %1 項更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written, shifts as tentative (Edit → Undo takes them back).</source>
        <translation>
            <numerusform>已寫入 %n 項更改，班次為暫定（「編輯 → 復原」可撤銷）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (the window said why); the proposal is still here.</source>
        <translation>未有寫入任何內容（原因見提示）；建議仍然保留。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>正在建立模型…</translation>
    </message>
    <message>
        <source>Filling every place and need (MIP)…</source>
        <translation>正在填補每個空缺及傳譯需要（MIP）…</translation>
    </message>
    <message>
        <source>Spreading the duty fairly…</source>
        <translation>正在平均分配值班…</translation>
    </message>
    <message>
        <source>Keeping what was applied…</source>
        <translation>正在保留已套用的安排…</translation>
    </message>
    <message>
        <source>Explaining what stays unfilled…</source>
        <translation>正在說明未能安排的原因…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>已於 %1 秒內完成。</translation>
    </message>
    <message>
        <source>unfilled %1</source>
        <translation>未安排 %1</translation>
    </message>
    <message>
        <source>spread %1 min</source>
        <translation>差距 %1 分鐘</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation>（目前）</translation>
    </message>
    <message>
        <source> (optimal)</source>
        <translation>（最佳）</translation>
    </message>
    <message>
        <source> (at least %1)</source>
        <translation>（至少 %1）</translation>
    </message>
    <message>
        <source>Accept &amp;ticked (%1)</source>
        <translation>接受已剔選項目（%1）(&amp;T)</translation>
    </message>
</context>
<context>
    <name>RosterSection</name>
    <message>
        <source>Roster days</source>
        <translation>值班日子</translation>
    </message>
    <message>
        <source>Shifts of the day by stand</source>
        <translation>當日各攤位的班次</translation>
    </message>
    <message>
        <source>Interpreting needs of the day</source>
        <translation>當日的傳譯需要</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>傳譯員</translation>
    </message>
    <message>
        <source>Booth duties</source>
        <translation>攤位值班</translation>
    </message>
    <message>
        <source>&amp;Run the roster</source>
        <translation>編排值班表(&amp;R)</translation>
    </message>
    <message>
        <source>No booth duties yet. Add one below (New booth duty…) or import them (File → Import…, as booth duties).</source>
        <translation>尚未有攤位值班。請在下方新增（新增攤位值班…），或匯入（「檔案 → 匯入…」，類別選攤位值班）。</translation>
    </message>
    <message>
        <source>No booth duty on this day.</source>
        <translation>這天沒有攤位值班。</translation>
    </message>
    <message>
        <source>No meeting of this day needs an interpreter.</source>
        <translation>這天沒有需要傳譯的會面。</translation>
    </message>
    <message numerus="yes">
        <source>%n without an interpreter</source>
        <translation>
            <numerusform>%n 項未有傳譯員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) in the plan</source>
        <translation>
            <numerusform>計劃中有 %n 位傳譯員</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the shift</source>
        <translation>開啟班次(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation>開啟會面(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SchedulerDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation>編排會面</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time limit for the solver, in seconds</source>
        <translation>求解器的時限（秒）</translation>
    </message>
    <message>
        <source>Time &amp;limit</source>
        <translation>時限(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Place the pending meeting requests (nothing is written yet)</source>
        <translation>編排待安排的會面請求（暫不寫入）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the scheduler; nothing is proposed</source>
        <translation>停止編排；不會提出任何建議</translation>
    </message>
    <message>
        <source>Total priority placed:</source>
        <translation>已編排的優先次序總分：</translation>
    </message>
    <message>
        <source>Upper bound:</source>
        <translation>上限：</translation>
    </message>
    <message>
        <source>Proposed meetings; tick those to accept</source>
        <translation>建議的會面；剔選要接受的會面</translation>
    </message>
    <message>
        <source>Requests the scheduler could not place, with the reason</source>
        <translation>未能編排的請求及原因</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全部剔選(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全部不剔選(&amp;N)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <source>Write every proposed meeting as a tentative HAF meeting</source>
        <translation>將所有建議的會面寫入為暫定的 HAF 會面</translation>
    </message>
    <message>
        <source>Write only the ticked meetings; the others stay pending</source>
        <translation>只寫入已剔選的會面；其餘保持待安排</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <source>Forget this proposal; nothing is written</source>
        <translation>捨棄此建議；不會寫入任何內容</translation>
    </message>
    <message>
        <source>Looking for the best schedule…</source>
        <translation>正在尋找最佳編排…</translation>
    </message>
    <message>
        <source>Cancelling… the solver stops at the end of its current step.</source>
        <translation>正在取消…求解器會在完成目前步驟後停止。</translation>
    </message>
    <message>
        <source>An unexpected error stopped the scheduler (%1).</source>
        <translation>編排因意外錯誤而中止（%1）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed.</source>
        <translation>已取消；未有提出任何建議。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Proven optimal: no schedule places more priority.</source>
        <translation>已證明為最佳：沒有其他編排能取得更高的優先次序總分。</translation>
    </message>
    <message>
        <source>At most %1 % below the best possible.</source>
        <translation>與最佳可能結果相差最多 %1%。</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>正在建立模型…</translation>
    </message>
    <message>
        <source>Solving the relaxation (a bound, and a first schedule)…</source>
        <translation>正在求解鬆弛問題（求得上限及初步編排）…</translation>
    </message>
    <message>
        <source>Placing the most priority (MIP)…</source>
        <translation>正在盡量提高優先次序總分（MIP）…</translation>
    </message>
    <message>
        <source>Comparing with the greedy schedule…</source>
        <translation>正在與貪婪演算法的編排比較…</translation>
    </message>
    <message>
        <source>Giving every requester a meeting where possible…</source>
        <translation>正在盡可能讓每位提出者都有會面…</translation>
    </message>
    <message>
        <source>Making days compact: %1 of %2 people</source>
        <translation>正在緊湊編排每日行程：%1／%2 人</translation>
    </message>
    <message>
        <source>Explaining what could not be placed…</source>
        <translation>正在說明未能編排的原因…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>已於 %1 秒內完成。</translation>
    </message>
    <message>
        <source>Proposed (%1)</source>
        <translation>建議（%1）</translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation>未能編排（%1）</translation>
    </message>
    <message>
        <source>%1 meetings proposed, %2 not placed. Nothing is written until you accept.</source>
        <translation>建議了 %1 個會面，%2 個未能編排。你接受前不會寫入任何內容。</translation>
    </message>
    <message>
        <source>Schedule %1 meetings</source>
        <translation>編排 %1 個會面</translation>
    </message>
    <message>
        <source>%1 meetings written as tentative (Edit → Undo takes them back).</source>
        <translation>已將 %1 個會面寫入為暫定（「編輯 → 復原」可撤銷）。</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未能編排</translation>
    </message>
    <message>
        <source>Accept &amp;ticked (%1)</source>
        <translation>接受已剔選的會面（%1）(&amp;T)</translation>
    </message>
    <message>
        <source>%1 pending meeting requests.</source>
        <translation>%1 個待安排的會面請求。</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Delegations &amp; delegates</source>
        <translation>代表團及代表</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Meeting requests</source>
        <translation>會面請求</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>交通時間</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>Venues &amp; rooms</source>
        <translation>場地及會議室</translation>
    </message>
    <message>
        <source>Booth duties</source>
        <translation>攤位值班</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
</context>
<context>
    <name>ServerPlanDialog</name>
    <message>
        <source>Open a plan on a server</source>
        <translation>開啟伺服器上的計劃</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, with ?plan=NAME for one of several plans in the database; libpq options such as sslmode pass through</source>
        <translation>postgresql://用戶@主機:埠/資料庫；資料庫內有多個計劃時加上 ?plan=名稱；sslmode 等 libpq 選項會照樣傳遞</translation>
    </message>
    <message>
        <source>empty: the keyring's, PGPASSWORD or ~/.pgpass</source>
        <translation>留空：使用鑰匙圈、PGPASSWORD 或 ~/.pgpass 的密碼</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>在系統鑰匙圈記住密碼(&amp;R)</translation>
    </message>
    <message>
        <source>Plan &amp;address:</source>
        <translation>計劃地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>A plan on a server starts with postgresql://</source>
        <translation>伺服器上的計劃地址以 postgresql:// 開頭</translation>
    </message>
</context>
<context>
    <name>ShiftCellDelegate</name>
    <message>
        <source>Proposed</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>✔ Confirmed</source>
        <translation>✔ 已確認</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>暫定</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空位</translation>
    </message>
</context>
<context>
    <name>ShiftMenu</name>
    <message>
        <source>&amp;Swap with</source>
        <translation>與…對調(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>調往(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Take off this shift</source>
        <translation>從此班次移除(&amp;T)</translation>
    </message>
    <message>
        <source>Take %1 off a shift</source>
        <translation>將 %1 從班次移除</translation>
    </message>
    <message>
        <source>&amp;Put on this shift</source>
        <translation>安排到此班次(&amp;P)</translation>
    </message>
    <message>
        <source>Put %1 on a shift</source>
        <translation>將 %1 安排到班次</translation>
    </message>
    <message>
        <source>Make %1 the interpreter of '%2'</source>
        <translation>安排 %1 為「%2」的傳譯員</translation>
    </message>
    <message>
        <source>No interpreter speaks these languages</source>
        <translation>沒有傳譯員懂得這些語言</translation>
    </message>
    <message>
        <source>&amp;No interpreter</source>
        <translation>不安排傳譯員(&amp;N)</translation>
    </message>
    <message>
        <source>Take the interpreter off '%1'</source>
        <translation>取消「%1」的傳譯員</translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>對調 %1 與 %2</translation>
    </message>
    <message>
        <source>Move %1 to another shift</source>
        <translation>將 %1 調往另一班次</translation>
    </message>
</context>
<context>
    <name>StayEditor</name>
    <message>
        <source>delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>代表(&amp;D)</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>No market</source>
        <translation>沒有市場</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>市場(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>時區(&amp;T)</translation>
    </message>
    <message>
        <source>Arrival and departure are in this zone: the market's city, or the hotel's</source>
        <translation>抵達及離開時間以此時區為準：市場所在城市或酒店所在地的時區</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>抵達(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;parture</source>
        <translation>離開(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>酒店(&amp;H)</translation>
    </message>
    <message>
        <source>Open the delegate</source>
        <translation>開啟代表資料</translation>
    </message>
    <message>
        <source>Stay of %1</source>
        <translation>%1 的逗留期</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Search…</source>
        <translation>搜尋…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>搜尋%1</translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation>新增%1…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 個%2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 shown</source>
        <translation>顯示 %1 個，共 %2 個%3</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>已選取 %1 個</translation>
    </message>
</context>
<context>
    <name>TimeLimitBar</name>
    <message>
        <source>Time used of the time limit</source>
        <translation>已用時間／時限</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 秒／%2 秒</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;Re-plan a time range…</source>
        <translation>重新編排時段(&amp;R)…</translation>
    </message>
    <message>
        <source>Shift, move or cancel everything in a time range (a typhoon morning)</source>
        <translation>推移、移動或取消某時段內的所有活動（例如颱風襲港的上午）</translation>
    </message>
    <message>
        <source>&amp;Schedule meetings…</source>
        <translation>編排會面(&amp;S)…</translation>
    </message>
    <message>
        <source>Place the pending meeting requests</source>
        <translation>編排待安排的會面請求</translation>
    </message>
    <message>
        <source>&amp;Find a time…</source>
        <translation>尋找時間(&amp;F)…</translation>
    </message>
    <message>
        <source>Common free times of some people, and a meeting in one click</source>
        <translation>找出多人的共同空檔，一按即可建立會面</translation>
    </message>
    <message>
        <source>For chosen &amp;delegates…</source>
        <translation>為所選代表(&amp;D)…</translation>
    </message>
    <message>
        <source>Calendars and itineraries for some delegates, or the pack</source>
        <translation>為部分代表匯出日曆及行程表，或匯出代表團資料包</translation>
    </message>
</context>
<context>
    <name>TravelSection</name>
    <message>
        <source>From</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終點</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>Way back</source>
        <translation>回程</translation>
    </message>
    <message>
        <source>%1 min, the same (not entered)</source>
        <translation>%1 分鐘，與去程相同（未輸入）</translation>
    </message>
    <message>
        <source>%1 min, entered</source>
        <translation>%1 分鐘，已輸入</translation>
    </message>
</context>
<context>
    <name>TravelTimeEditor</name>
    <message>
        <source>venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起點(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終點(&amp;T)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>分鐘(&amp;M)</translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>緯度、經度</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>時區(&amp;T)</translation>
    </message>
    <message>
        <source>Everything at this venue is shown in its zone</source>
        <translation>此場地的所有活動均以其時區顯示</translation>
    </message>
    <message>
        <source>&amp;Opens, closes</source>
        <translation>開放、關閉時間(&amp;O)</translation>
    </message>
    <message>
        <source>Local time at the venue; leave both empty when it never closes</source>
        <translation>場地當地時間；如場地從不關閉，兩者皆留空</translation>
    </message>
</context>
<context>
    <name>VenuesSection</name>
    <message>
        <source>Rooms of every venue</source>
        <translation>所有場地的會議室</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>原文名稱</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>開放時間</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>新場地</translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation>%1 的會議室</translation>
    </message>
    <message>
        <source>Rooms of %1 venues</source>
        <translation>%1 個場地的會議室</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Whose week</source>
        <translation>誰的一週</translation>
    </message>
    <message>
        <source>A delegate, a delegation or everyone</source>
        <translation>一位代表、一個代表團或所有人</translation>
    </message>
    <message>
        <source>Second time axis</source>
        <translation>第二時間軸</translation>
    </message>
    <message>
        <source>Hour labels in a delegate's home time beside market time</source>
        <translation>在市場時間旁以代表的本地時間標示鐘點</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>對齊至</translation>
    </message>
    <message>
        <source>Drags snap to this step (Shift: 1 min)</source>
        <translation>拖曳時對齊此間隔（Shift：1 分鐘）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print this week or save it as PDF</source>
        <translation>列印這一週，或儲存為 PDF</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <source>Plan a delegation's week at a film market. Every change is kept in the plan file the moment you make it.</source>
        <translation>為代表團規劃在電影市場的一週。你作出的每項變更都會即時儲存在計劃檔案中。</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>新增計劃(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty plan, or one from the demo</source>
        <translation>建立空白計劃，或以示範計劃為起點</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a plan file (.dplan)</source>
        <translation>開啟計劃檔案（.dplan）</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>開啟示範計劃(&amp;D)</translation>
    </message>
    <message>
        <source>The FilMart 2025 demo plan in your data folder</source>
        <translation>你的應用程式資料夾中的 FilMart 2025 示範計劃</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>最近的計劃(&amp;R)</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>最近的計劃</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>按兩下或按 Enter 鍵開啟</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Type part of a city or region: 'paris', 'hong', 'seoul'</source>
        <translation>輸入城市或地區英文名稱的一部分：「paris」、「hong」、「seoul」</translation>
    </message>
</context>
</TS>
