package com.voiceqa.rules;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;
import java.util.TreeSet;

import com.voiceqa.rules.pack.PackKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phrasings of churn reasons that occur in none of the labeled calls: colloquial, indirect and verb-object variants a
 * customer may use, plus hard negatives (negated, satisfied, or comparing and staying). Written before the packs
 * were broadened, as a check that the built-in churn pack generalizes beyond the sentences it was tuned on. Written in
 * five batches, each before the tuning round that followed it (pass counts per batch: docs/packs-history.md); each batch is
 * appended at the end of its list.
 */
class ChurnPhrasingTest {

    private static RuleEngine engine;

    @BeforeAll
    static void open() {
        engine = RuleEngine.builtIn();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static CallRecord callWhere(String customerSays) {
        return TestCalls.call("phrasing", "rep:您好，我是云帆软件的小李，想问下最近用得怎么样？", "customer:" + customerSays);
    }

    /** Categories the churn rules find in the sentence, each rule on its own (before the call's risk gate). */
    private static Set<String> findings(String customerSays) {
        Set<String> categories = new TreeSet<>();
        engine.findings(callWhere(customerSays)).stream().filter(hit -> hit.kind() == PackKind.CHURN)
                .forEach(hit -> categories.add(hit.category()));
        return categories;
    }

    /** Categories the call reports as churn signals (after the risk gate). */
    private static Set<String> signals(String customerSays) {
        Set<String> categories = new TreeSet<>();
        engine.evaluate(callWhere(customerSays)).churnSignals().forEach(hit -> categories.add(hit.category()));
        return categories;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            机器坏了报上去一个礼拜了，到现在都没人来看           | service
            售后电话打了好几次，一直拖着不处理                   | service
            你们售后根本不到位，问题反映了半个月还是老样子       | service
            这批货毛病太多了，好几台都得返修                     | quality
            东西不耐用，用了两个月就出故障                       | quality
            说实话质量真不行，三天两头出状况                     | quality
            你们那边一直没人联系我，消息发过去也不回             | communication
            有事想找你们都找不到人                               | communication
            半年了你们的人问都不问一句                           | communication
            今年合同到了我们就不打算再签了                       | non_renewal
            下个季度我们先停一停，不再订了                       | non_renewal
            我们准备暂停合作一段时间                             | non_renewal
            今年公司砍预算，量得缩减一大半                       | demand_reduction
            门店关了三家，用不了那么多货了                       | demand_reduction
            人家给的条件比你们好多了，我们正在跟他们谈           | competitor
            其他厂家上周来挖我们，还送了样品让我们试用           | competitor
            你们这报价也太高了，性价比一般                       | price
            今年又涨价了，一单下来差价好几千                     | price
            我们采购那边换人了，新来的负责人不太了解你们         | contact_change
            之前对接的小王已经调走了，现在是刘经理接手           | contact_change
            有人在我们区域低价冲货，价格全乱了                   | channel_conflict
            外地的经销商跨区卖货，把我的客户都抢走了             | channel_conflict
            东西用了没多久就不行了                               | quality
            你们这货的质量跟以前没法比                           | quality
            工程师说好周三来，结果人影都没见着                   | service
            退换货的事推来推去，到现在也没个说法                 | service
            我在群里问了三遍都没人回                             | communication
            你们业务员半年都没露过面                             | communication
            明年的单子我们就不给你们了                           | non_renewal
            等这批用完就不再从你们这进了                         | non_renewal
            今年行情差，我们把采购量压到了一半                   | demand_reduction
            我们老板让我多找几家比比价                           | competitor
            一下子涨了两成，我们真扛不住                         | price
            你们这价钱太离谱了                                   | price
            我们原来的采购经理已经不在公司了                     | contact_change
            厂家的直营店就开在我对面，价格还比我的进价低         | channel_conflict
            设备隔三差五就停机，根本没法正常生产                 | quality
            打开箱子一看，好几件都是破的                         | quality
            配件等了二十多天还没到，机器只能干放着               | service
            你们经理的电话永远是关机                             | communication
            上次答应给我们做培训，后来就再也没提过               | communication
            合同一到期我们就撤                                   | non_renewal
            厂里两条线停了一条，饲料用量少了一半                 | demand_reduction
            对面那个牌子说给我们一年免费维护                     | competitor
            他们的销售隔三岔五往我们这跑                         | competitor
            同样的配置，外面能便宜两三千                         | price
            你们这次报的价比上次多了好几百                       | price
            我们财务总监换了，新总监不认你们                     | contact_change
            网上旗舰店卖得比我进价还便宜                         | channel_conflict
            有人从别的省拉货过来低价卖                           | channel_conflict
            报修单提交三天了，状态还是待处理                     | service
            这些柜子用了半年门就歪了                             | quality
            你们要是再这样，我们明年就换人做                     | competitor
            库存还压着一大堆，下个月先不要货了                   | demand_reduction
            你们这个价格我们老板肯定批不下来                     | price
            上一任负责人走了以后，你们这边就没人来对接了         | contact_change
            你们再不改进，年底咱们就拜拜了                       | non_renewal
            打了三个电话，你们那边谁都说不清楚                   | communication
            新系统卡得要命，一天要重启好几回                     | quality
            今年效益差，我们员工减了一半                         | demand_reduction
            """)
    void aChurnReasonInNewWordsIsFound(String customerSays, String category) {
        Set<String> found = findings(customerSays);
        assertTrue(found.contains(category), "expected " + category + " in \"" + customerSays + "\", found " + found);
    }

    @ParameterizedTest(name = "{0} -> none")
    @CsvSource(delimiter = '|', textBlock = """
            价格不贵，我们挺满意的
            别家也来找过我，我没理他，还是用你们的
            我们没打算换供应商，合作挺好的
            质量一直没出过问题，用着挺放心
            售后上次来得挺快，问题当天就解决了
            合同到期了肯定续，你放心
            我们今年订得比去年还多
            你们的小李服务很到位，有事随叫随到
            我们从来没有考虑过别的厂家
            没什么毛病，机器一直很稳定
            没有涨价的话我们就继续合作
            服务挺好的，有问题一个电话就来了
            续约没问题，合同照旧签
            这次交货很准时，谢谢你们
            别的厂家是来过，但价格还没你们实在
            我不是嫌贵，就是想问问有没有活动
            之前那个小王挺好的，你接着好好干
            设备没坏过，一直挺好用
            我没说不续，只是流程还在走
            客服回复挺及时的，没什么好抱怨的
            你们比别家便宜，这点我认
            你们售后打了好几次电话回访，挺用心的
            工程师等了一会儿就到了，很专业
            价格比上次还低了一点，挺好
            我们门店今年又多开了五家
            外地的客户也在找我们拿货，生意不错
            合同到期就续，老规矩
            答应的事你们都办到了，没话说
            电话一打就通，服务没得说
            以前那家质量不行，所以才换成你们的
            他们那个牌子说免费送样品，我们没要
            你放心，我们不会再找别人了
            预算今年还增加了，订货会多一些
            答应的培训上周就做了，大家都说好
            我手机昨天关机了，没接到你电话不好意思
            合同到期以后就续签，手续你们准备一下
            这次送货及时，配件也都到了
            我不会再从别家进货了，就认你们
            """)
    void aHardNegativeRaisesNoSignal(String customerSays) {
        assertEquals(Set.of(), signals(customerSays), "\"" + customerSays + "\" is no churn signal");
    }
}
